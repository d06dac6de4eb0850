package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.PhoneNumberRepository;
import com.bolti.tenancy.domain.error.PhoneNumberTakenException;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.AgentId;
import com.bolti.tenancy.domain.resource.E164;
import com.bolti.tenancy.domain.resource.PhoneNumber;
import com.bolti.tenancy.domain.resource.PhoneNumberId;
import com.bolti.tenancy.domain.resource.PhoneNumberStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.UUID;

/** Phone numbers in PostgreSQL; the partial unique index on active numbers settles concurrent purchases. */
@ApplicationScoped
class PhoneNumberStore implements PhoneNumberRepository, PanacheRepositoryBase<PhoneNumberEntity, UUID> {

    private static final String ACTIVE_NUMBER_CONSTRAINT = "phone_numbers_active_e164_key";
    private static final ScopedRows<PhoneNumberEntity> ROWS = new ScopedRows<>(PhoneNumberEntity.class);

    @Override
    public void add(PhoneNumber number) {
        PhoneNumberEntity entity = new PhoneNumberEntity();
        entity.id = number.id().value();
        entity.organizationId = number.scope().organizationId().value();
        entity.workspaceId = number.scope().workspaceId().value();
        entity.e164 = number.e164().value();
        entity.createdAt = number.createdAt();
        copy(number, entity);
        try {
            getEntityManager().persist(entity);
            getEntityManager().flush();
        } catch (PersistenceException e) {
            if (ACTIVE_NUMBER_CONSTRAINT.equals(Constraints.violated(e))) {
                throw new PhoneNumberTakenException(number.e164().value());
            }
            throw e;
        }
    }

    @Override
    public Optional<PhoneNumber> find(WorkspaceScope scope, PhoneNumberId id, boolean forUpdate) {
        return ROWS.find(getEntityManager(), scope, id.value(), forUpdate).map(PhoneNumberStore::toPhoneNumber);
    }

    @Override
    public Optional<PhoneNumber> lockByAgent(WorkspaceScope scope, AgentId agentId) {
        return getEntityManager().createQuery("""
                        select p from PhoneNumberEntity p
                        where p.agentId = :agent and p.workspaceId = :workspace and p.organizationId = :organization""",
                        PhoneNumberEntity.class)
                .setParameter("agent", agentId.value())
                .setParameter("workspace", scope.workspaceId().value())
                .setParameter("organization", scope.organizationId().value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(PhoneNumberStore::toPhoneNumber);
    }

    @Override
    public Page<PhoneNumber> list(WorkspaceScope scope, PageRequest page) {
        Page<PhoneNumberEntity> rows = ROWS.page(getEntityManager(), scope, page);
        return new Page<>(rows.items().stream().map(PhoneNumberStore::toPhoneNumber).toList(), rows.nextAfter());
    }

    /** Writes the row at once, so that the one-number-per-agent index checks each change in the order made. */
    @Override
    public void update(PhoneNumber number) {
        copy(number, ROWS.find(getEntityManager(), number.scope(), number.id().value(), false).orElseThrow());
        getEntityManager().flush();
    }

    private static void copy(PhoneNumber number, PhoneNumberEntity entity) {
        entity.status = number.status().name();
        entity.agentId = number.agentId() == null ? null : number.agentId().value();
        entity.updatedAt = number.updatedAt();
        entity.releasedAt = number.releasedAt();
    }

    static PhoneNumber toPhoneNumber(PhoneNumberEntity entity) {
        return new PhoneNumber(new PhoneNumberId(entity.id),
                new WorkspaceScope(new OrganizationId(entity.organizationId), new WorkspaceId(entity.workspaceId)),
                new E164(entity.e164), PhoneNumberStatus.valueOf(entity.status),
                entity.agentId == null ? null : new AgentId(entity.agentId),
                entity.createdAt, entity.updatedAt, entity.releasedAt);
    }
}
