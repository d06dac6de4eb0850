package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.billing.PaymentMethodId;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;

/** Removes a payment method; past top-ups keep referring to it (owner and billing members). */
public interface RemovePaymentMethodUseCase {

    void remove(UserId actor, OrganizationId organizationId, PaymentMethodId paymentMethodId);
}
