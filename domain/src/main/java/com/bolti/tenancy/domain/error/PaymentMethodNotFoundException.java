package com.bolti.tenancy.domain.error;

/** The payment method in the path does not exist in this organization, or was removed. */
public class PaymentMethodNotFoundException extends TenancyException {

    public PaymentMethodNotFoundException(Object paymentMethodId) {
        super("payment method " + paymentMethodId + " was not found in this organization");
    }

    @Override
    public String code() {
        return "payment_method.not_found";
    }
}
