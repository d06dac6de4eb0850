package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.CallLogRepository;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.AgentId;
import com.bolti.tenancy.domain.resource.CallDirection;
import com.bolti.tenancy.domain.resource.CallLog;
import com.bolti.tenancy.domain.resource.CallLogId;
import com.bolti.tenancy.domain.resource.PhoneNumberId;
import com.bolti.tenancy.domain.resource.RecordingUrl;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Call logs in PostgreSQL. */
@ApplicationScoped
class CallLogStore implements CallLogRepository, PanacheRepositoryBase<CallLogEntity, UUID> {

    private static final ScopedRows<CallLogEntity> ROWS = new ScopedRows<>(CallLogEntity.class);

    @Override
    public void add(CallLog callLog) {
        CallLogEntity entity = new CallLogEntity();
        entity.id = callLog.id().value();
        entity.organizationId = callLog.scope().organizationId().value();
        entity.workspaceId = callLog.scope().workspaceId().value();
        entity.agentId = callLog.agentId() == null ? null : callLog.agentId().value();
        entity.phoneNumberId = callLog.phoneNumberId() == null ? null : callLog.phoneNumberId().value();
        entity.direction = callLog.direction().name();
        entity.startedAt = callLog.startedAt();
        entity.durationSeconds = Math.toIntExact(callLog.durationSeconds());
        entity.recordingUrl = callLog.recordingUrl() == null ? null : callLog.recordingUrl().value();
        entity.createdAt = callLog.createdAt();
        getEntityManager().persist(entity);
        getEntityManager().flush();
    }

    @Override
    public Optional<CallLog> find(WorkspaceScope scope, CallLogId id) {
        return ROWS.find(getEntityManager(), scope, id.value(), false).map(CallLogStore::toCallLog);
    }

    @Override
    public Page<CallLog> list(WorkspaceScope scope, PageRequest page) {
        Page<CallLogEntity> rows = ROWS.page(getEntityManager(), scope, page);
        return new Page<>(rows.items().stream().map(CallLogStore::toCallLog).toList(), rows.nextAfter());
    }

    private static CallLog toCallLog(CallLogEntity entity) {
        return new CallLog(new CallLogId(entity.id),
                new WorkspaceScope(new OrganizationId(entity.organizationId), new WorkspaceId(entity.workspaceId)),
                entity.agentId == null ? null : new AgentId(entity.agentId),
                entity.phoneNumberId == null ? null : new PhoneNumberId(entity.phoneNumberId),
                CallDirection.valueOf(entity.direction), entity.startedAt, entity.durationSeconds,
                entity.recordingUrl == null ? null : new RecordingUrl(entity.recordingUrl), entity.createdAt);
    }
}
