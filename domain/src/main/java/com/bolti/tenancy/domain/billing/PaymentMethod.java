package com.bolti.tenancy.domain.billing;

import com.bolti.tenancy.domain.error.CardNumberRejectedException;
import com.bolti.tenancy.domain.error.InvalidValueException;
import com.bolti.tenancy.domain.model.OrganizationId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A card saved with the payment processor, known here only by the processor's token and the
 * details the dashboard shows. Card numbers are never accepted, stored or returned.
 *
 * @param processorToken the processor's reference to the card, such as {@code pm_1Nb2...}
 * @param last4          the last four digits of the card number
 */
public record PaymentMethod(PaymentMethodId id, OrganizationId organizationId, String processorToken,
        String brand, String last4, int expMonth, int expYear, Instant createdAt) {

    public static final int MAX_TOKEN_LENGTH = 255;
    public static final int MAX_BRAND_LENGTH = 50;
    public static final int MIN_EXP_YEAR = 2000;
    public static final int MAX_EXP_YEAR = 2100;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");
    private static final Pattern LAST4 = Pattern.compile("[0-9]{4}");

    public PaymentMethod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(processorToken, "processorToken");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(last4, "last4");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Validates what a client sent and creates the payment method. Every field is scanned for
     * card numbers first, so that card data gets its own error code whatever else is wrong.
     * Error messages never repeat a field's value.
     *
     * @param today the current month, in UTC; a card that expired before it is invalid
     */
    public static PaymentMethod register(PaymentMethodId id, OrganizationId organizationId, String processorToken,
            String brand, String last4, long expMonth, long expYear, YearMonth today, Instant now) {
        Map<String, String> sent = Map.of(
                "processorToken", String.valueOf(processorToken),
                "brand", String.valueOf(brand),
                "last4", String.valueOf(last4),
                "expMonth", Long.toString(expMonth),
                "expYear", Long.toString(expYear));
        for (String field : new String[] {"processorToken", "brand", "last4", "expMonth", "expYear"}) {
            if (CardNumbers.appearIn(sent.get(field))) {
                throw new CardNumberRejectedException(field);
            }
        }

        if (processorToken == null || processorToken.length() > MAX_TOKEN_LENGTH
                || !TOKEN.matcher(processorToken).matches()) {
            throw new InvalidValueException("processorToken", "must be the payment processor's token: 1 to "
                    + MAX_TOKEN_LENGTH + " letters, digits, '_', '-', '.' or ':'");
        }
        String trimmedBrand = brand == null ? "" : brand.strip();
        if (trimmedBrand.isEmpty() || trimmedBrand.length() > MAX_BRAND_LENGTH
                || trimmedBrand.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("brand", "must be 1 to " + MAX_BRAND_LENGTH
                    + " characters without control characters, such as visa");
        }
        if (last4 == null || !LAST4.matcher(last4).matches()) {
            throw new InvalidValueException("last4", "must be exactly four digits");
        }
        if (expMonth < 1 || expMonth > 12) {
            throw new InvalidValueException("expMonth", "must be a month from 1 to 12");
        }
        if (expYear < MIN_EXP_YEAR || expYear > MAX_EXP_YEAR) {
            throw new InvalidValueException("expYear", "must be a four-digit year from " + MIN_EXP_YEAR + " to "
                    + MAX_EXP_YEAR);
        }
        if (YearMonth.of((int) expYear, (int) expMonth).isBefore(today)) {
            throw new InvalidValueException("expYear", "with expMonth names a card that has expired");
        }
        return new PaymentMethod(id, organizationId, processorToken, trimmedBrand, last4, (int) expMonth,
                (int) expYear, now);
    }
}
