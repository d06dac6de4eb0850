package com.bolti.tenancy.domain.error;

/**
 * A payment method field contains what looks like a card number. The service stores only
 * processor references, and the message never repeats the value.
 */
public class CardNumberRejectedException extends TenancyException {

    private final String field;

    public CardNumberRejectedException(String field) {
        super(field + " looks like a card number; send the payment processor's token instead of card data");
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public String code() {
        return "payment_method.card_number_rejected";
    }
}
