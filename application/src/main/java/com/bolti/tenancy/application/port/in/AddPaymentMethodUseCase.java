package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.billing.PaymentMethod;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;

/** Saves a processor reference to a card for an organization (owner and billing members). */
public interface AddPaymentMethodUseCase {

    /** The fields as sent; the use case rejects card numbers and invalid values. */
    record AddPaymentMethodCommand(UserId actor, OrganizationId organizationId, String processorToken,
            String brand, String last4, long expMonth, long expYear) {
    }

    PaymentMethod add(AddPaymentMethodCommand command);
}
