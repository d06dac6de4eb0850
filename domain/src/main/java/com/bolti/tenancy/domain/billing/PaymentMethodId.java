package com.bolti.tenancy.domain.billing;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a payment method stored for an organization. */
public record PaymentMethodId(UUID value) {

    public PaymentMethodId {
        Objects.requireNonNull(value, "payment method id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
