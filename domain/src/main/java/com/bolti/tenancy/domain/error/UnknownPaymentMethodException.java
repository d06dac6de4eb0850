package com.bolti.tenancy.domain.error;

/** A request body names a payment method that is not an active one of this organization. */
public class UnknownPaymentMethodException extends TenancyException {

    public UnknownPaymentMethodException(Object paymentMethodId) {
        super("paymentMethodId " + paymentMethodId + " is not a payment method of this organization;"
                + " add the payment method first");
    }

    @Override
    public String code() {
        return "reference.not_found";
    }
}
