package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.billing.Money;

/** An amount in integer minor units of an ISO 4217 currency, such as {@code 2500} {@code USD}. */
public record MoneyBody(long amountMinor, String currency) {

    public static MoneyBody of(Money money) {
        return new MoneyBody(money.amountMinor(), money.currency().getCurrencyCode());
    }
}
