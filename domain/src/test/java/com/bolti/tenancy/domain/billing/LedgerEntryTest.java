package com.bolti.tenancy.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bolti.tenancy.domain.error.CurrencyMismatchException;
import com.bolti.tenancy.domain.error.InvalidValueException;
import com.bolti.tenancy.domain.model.OrganizationId;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void firstTopUpSetsAnyCurrency() {
        LedgerEntry entry = topUp(new Money(2500, EUR), null);

        assertThat(entry.kind()).isEqualTo(LedgerEntryKind.TOP_UP);
        assertThat(entry.amount()).isEqualTo(new Money(2500, EUR));
    }

    @Test
    void topUpInOtherCurrencyIsRejected() {
        assertThatThrownBy(() -> topUp(new Money(2500, EUR), USD)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void amountOutsideRangeIsRejected() {
        for (long amount : new long[] {0, -1, LedgerEntry.MAX_TOP_UP_MINOR + 1}) {
            assertThatThrownBy(() -> topUp(new Money(amount, USD), USD))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("amountMinor"));
        }
    }

    @Test
    void currencyCodesAreStrict() {
        assertThat(Money.currency("currency", "JPY").getDefaultFractionDigits()).isZero();
        for (String code : new String[] {"usd", "US", "USDX", "XAU", "XXX", "ZZZ", null}) {
            assertThatThrownBy(() -> Money.currency("currency", code)).isInstanceOf(InvalidValueException.class);
        }
    }

    private static LedgerEntry topUp(Money amount, Currency ledgerCurrency) {
        return LedgerEntry.topUp(UUID.randomUUID(), new OrganizationId(UUID.randomUUID()), amount,
                new PaymentMethodId(UUID.randomUUID()), ledgerCurrency, null, Instant.parse("2026-12-04T19:30:00Z"));
    }
}
