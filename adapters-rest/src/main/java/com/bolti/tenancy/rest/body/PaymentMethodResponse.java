package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.billing.PaymentMethod;
import java.time.Instant;
import java.util.UUID;

/** A payment method as the API shows it: never the processor token, never card data. */
public record PaymentMethodResponse(UUID id, String brand, String last4, int expMonth, int expYear,
        Instant createdAt) {

    public static PaymentMethodResponse of(PaymentMethod paymentMethod) {
        return new PaymentMethodResponse(paymentMethod.id().value(), paymentMethod.brand(), paymentMethod.last4(),
                paymentMethod.expMonth(), paymentMethod.expYear(), paymentMethod.createdAt());
    }
}
