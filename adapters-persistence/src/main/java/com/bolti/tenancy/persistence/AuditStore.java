package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.AuditEvent;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Audit events in PostgreSQL, written in the transaction of the change they describe. */
@ApplicationScoped
class AuditStore implements AuditTrail, PanacheRepositoryBase<AuditEventEntity, UUID> {

    @Override
    public void record(AuditEvent event) {
        AuditEventEntity entity = new AuditEventEntity();
        entity.id = event.id();
        entity.organizationId = event.organizationId().value();
        entity.occurredAt = event.occurredAt();
        entity.actorUserId = event.actor() == null ? null : event.actor().value();
        entity.action = event.action();
        entity.targetType = event.targetType();
        entity.targetId = event.targetId();
        entity.details = JsonColumns.writeDetails(event.details());
        persist(entity);
    }

    @Override
    public Page<AuditEvent> listNewestFirst(OrganizationId organizationId, PageRequest page) {
        Parameters parameters = Parameters.with("organization", organizationId.value());
        String where = "organizationId = :organization";
        if (page.after() != null) {
            where += " and id < :after";
            parameters.and("after", page.after());
        }
        List<AuditEvent> rows = find(where, Sort.descending("id"), parameters)
                .range(0, page.limit())
                .stream()
                .map(AuditStore::toEvent)
                .toList();
        return Keyset.page(rows, page, AuditEvent::id);
    }

    private static AuditEvent toEvent(AuditEventEntity entity) {
        return new AuditEvent(entity.id, new OrganizationId(entity.organizationId), entity.occurredAt,
                entity.actorUserId == null ? null : new UserId(entity.actorUserId), entity.action,
                entity.targetType, entity.targetId, JsonColumns.readDetails(entity.details));
    }
}
