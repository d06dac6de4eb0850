package com.bolti.tenancy.domain.billing;

import com.bolti.tenancy.domain.error.InvalidValueException;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in integer minor units of an ISO 4217 currency, for example 2500 USD
 * for 25.00 dollars or 2500 JPY for 2500 yen.
 */
public record Money(long amountMinor, Currency currency) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Parses an ISO 4217 code exactly as sent: three upper-case letters of a currency that has
     * minor units, so codes such as {@code XAU} (gold) or {@code XXX} (no currency) are invalid.
     */
    public static Currency currency(String field, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException(field, "must be an ISO 4217 code of three upper-case letters, such as USD");
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new InvalidValueException(field, "must be the code of a currency, not of a fund or metal");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "'" + code + "' is not an ISO 4217 currency code");
        }
    }
}
