package com.bolti.tenancy.domain.billing;

import com.bolti.tenancy.domain.error.CurrencyMismatchException;
import com.bolti.tenancy.domain.error.InvalidValueException;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * One movement of an organization's prepaid credit. Entries are never changed; the balance
 * is the sum of all entries, and all entries of an organization share one currency.
 *
 * @param paymentMethodId the payment method charged for a top-up
 * @param actor           the user who caused the entry, or {@code null} once that user is gone
 */
public record LedgerEntry(UUID id, OrganizationId organizationId, LedgerEntryKind kind, Money amount,
        PaymentMethodId paymentMethodId, UserId actor, Instant createdAt) {

    /** Largest single top-up, in minor units: 10 million in a currency with two decimals. */
    public static final long MAX_TOP_UP_MINOR = 1_000_000_000L;

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Checks a top-up amount on its own: positive and at most {@link #MAX_TOP_UP_MINOR}.
     */
    public static void checkTopUpAmount(long amountMinor) {
        if (amountMinor < 1 || amountMinor > MAX_TOP_UP_MINOR) {
            throw new InvalidValueException("amountMinor", "must be a whole number of minor units from 1 to "
                    + MAX_TOP_UP_MINOR);
        }
    }

    /**
     * Creates a top-up entry.
     *
     * @param ledgerCurrency the currency of the organization's existing entries, or {@code null}
     *                       before its first entry, when the top-up sets the currency
     */
    public static LedgerEntry topUp(UUID id, OrganizationId organizationId, Money amount,
            PaymentMethodId paymentMethodId, Currency ledgerCurrency, UserId actor, Instant now) {
        checkTopUpAmount(amount.amountMinor());
        if (ledgerCurrency != null && !ledgerCurrency.equals(amount.currency())) {
            throw new CurrencyMismatchException(amount.currency().getCurrencyCode(), ledgerCurrency.getCurrencyCode());
        }
        Objects.requireNonNull(paymentMethodId, "paymentMethodId");
        return new LedgerEntry(id, organizationId, LedgerEntryKind.TOP_UP, amount, paymentMethodId, actor, now);
    }
}
