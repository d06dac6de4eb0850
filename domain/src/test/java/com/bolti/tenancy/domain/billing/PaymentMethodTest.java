package com.bolti.tenancy.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bolti.tenancy.domain.error.CardNumberRejectedException;
import com.bolti.tenancy.domain.error.InvalidValueException;
import com.bolti.tenancy.domain.model.OrganizationId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentMethodTest {

    private static final YearMonth TODAY = YearMonth.of(2026, 12);
    private static final Instant NOW = Instant.parse("2026-12-04T19:30:00Z");

    @Test
    void validCardIsRegistered() {
        PaymentMethod method = register("pm_1NbAbCdEf", " visa ", "4242", 12, 2026);

        assertThat(method.brand()).isEqualTo("visa");
        assertThat(method.expYear()).isEqualTo(2026);
        assertThat(method.createdAt()).isEqualTo(NOW);
    }

    @Test
    void cardNumberInAnyFieldIsRejected() {
        assertCardNumber("processorToken", () -> register("4242424242424242", "visa", "4242", 12, 2030));
        assertCardNumber("brand", () -> register("pm_abc", "visa 4242 4242 4242 4242", "4242", 12, 2030));
        assertCardNumber("last4", () -> register("pm_abc", "visa", "4242-4242-4242-4242", 12, 2030));
        assertCardNumber("expMonth", () -> register("pm_abc", "visa", "4242", 424242424242L, 2030));
        assertCardNumber("expYear", () -> register("pm_abc", "visa", "4242", 12, 4242424242424242L));
    }

    @Test
    void cardNumberMessageOmitsDigits() {
        assertThatThrownBy(() -> register("4242424242424242", "visa", "4242", 12, 2030))
                .hasMessageNotContaining("4242");
    }

    @Test
    void invalidFieldsAreRejected() {
        assertInvalid("processorToken", () -> register("pm abc", "visa", "4242", 12, 2030));
        assertInvalid("processorToken", () -> register("", "visa", "4242", 12, 2030));
        assertInvalid("brand", () -> register("pm_abc", "  ", "4242", 12, 2030));
        assertInvalid("last4", () -> register("pm_abc", "visa", "424", 12, 2030));
        assertInvalid("expMonth", () -> register("pm_abc", "visa", "4242", 13, 2030));
        assertInvalid("expYear", () -> register("pm_abc", "visa", "4242", 12, 1999));
        assertInvalid("expYear", () -> register("pm_abc", "visa", "4242", 11, 2026));
    }

    private static PaymentMethod register(String token, String brand, String last4, long expMonth, long expYear) {
        return PaymentMethod.register(new PaymentMethodId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()),
                token, brand, last4, expMonth, expYear, TODAY, NOW);
    }

    private static void assertCardNumber(String field, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CardNumberRejectedException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    private static void assertInvalid(String field, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
