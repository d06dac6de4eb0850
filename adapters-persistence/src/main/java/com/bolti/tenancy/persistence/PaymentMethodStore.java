package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.PaymentMethods;
import com.bolti.tenancy.domain.billing.PaymentMethod;
import com.bolti.tenancy.domain.billing.PaymentMethodId;
import com.bolti.tenancy.domain.model.OrganizationId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payment methods in PostgreSQL; a removed method keeps its row with {@code removed_at} set. */
@ApplicationScoped
class PaymentMethodStore implements PaymentMethods, PanacheRepositoryBase<PaymentMethodEntity, UUID> {

    @Override
    public void add(PaymentMethod paymentMethod) {
        PaymentMethodEntity entity = new PaymentMethodEntity();
        entity.id = paymentMethod.id().value();
        entity.organizationId = paymentMethod.organizationId().value();
        entity.processorToken = paymentMethod.processorToken();
        entity.brand = paymentMethod.brand();
        entity.last4 = paymentMethod.last4();
        entity.expMonth = paymentMethod.expMonth();
        entity.expYear = paymentMethod.expYear();
        entity.createdAt = paymentMethod.createdAt();
        persist(entity);
        getEntityManager().flush();
    }

    @Override
    public Optional<PaymentMethod> findActive(OrganizationId organizationId, PaymentMethodId id) {
        return find("id = ?1 and organizationId = ?2 and removedAt is null", id.value(), organizationId.value())
                .firstResultOptional()
                .map(PaymentMethodStore::toPaymentMethod);
    }

    @Override
    public List<PaymentMethod> listActive(OrganizationId organizationId) {
        return find("organizationId = ?1 and removedAt is null", Sort.ascending("id"), organizationId.value())
                .stream()
                .map(PaymentMethodStore::toPaymentMethod)
                .toList();
    }

    @Override
    public boolean remove(OrganizationId organizationId, PaymentMethodId id, Instant now) {
        return update("removedAt = ?1 where id = ?2 and organizationId = ?3 and removedAt is null", now, id.value(),
                organizationId.value()) == 1;
    }

    private static PaymentMethod toPaymentMethod(PaymentMethodEntity entity) {
        return new PaymentMethod(new PaymentMethodId(entity.id), new OrganizationId(entity.organizationId),
                entity.processorToken, entity.brand, entity.last4, entity.expMonth, entity.expYear, entity.createdAt);
    }
}
