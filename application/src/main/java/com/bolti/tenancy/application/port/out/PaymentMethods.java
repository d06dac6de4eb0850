package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.billing.PaymentMethod;
import com.bolti.tenancy.domain.billing.PaymentMethodId;
import com.bolti.tenancy.domain.model.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Payment methods of organizations, stored as processor references only. */
public interface PaymentMethods {

    void add(PaymentMethod paymentMethod);

    /** Returns a payment method of the organization that has not been removed, or empty. */
    Optional<PaymentMethod> findActive(OrganizationId organizationId, PaymentMethodId id);

    /** Lists the organization's payment methods that have not been removed, oldest first. */
    List<PaymentMethod> listActive(OrganizationId organizationId);

    /**
     * Marks a payment method of the organization as removed; returns {@code false} when there
     * was no such active method. Ledger entries keep referring to a removed method.
     */
    boolean remove(OrganizationId organizationId, PaymentMethodId id, Instant now);
}
