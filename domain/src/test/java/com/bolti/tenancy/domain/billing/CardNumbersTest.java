package com.bolti.tenancy.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "4242424242424242", "4242 4242 4242 4242", "4242-4242-4242-4242", "pm_4000056655665556x",
        "378282246310005", "424242424242", "4242 - 4242 - 4242", "12345678901234567890123"})
    void cardLikeDigitRunsAreFound(String text) {
        assertThat(CardNumbers.appearIn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pm_1NbAbCdEfGh", "42424242424", "4242.4242.4242.4242", "visa", "2030", ""})
    void shortOrOtherwiseSeparatedDigitsPass(String text) {
        assertThat(CardNumbers.appearIn(text)).isFalse();
    }

    @Test
    void nullContainsNoCardNumber() {
        assertThat(CardNumbers.appearIn(null)).isFalse();
    }
}
