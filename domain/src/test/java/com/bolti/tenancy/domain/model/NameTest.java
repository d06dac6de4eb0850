package com.bolti.tenancy.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bolti.tenancy.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NameTest {

    @Test
    void surroundingWhitespaceIsTrimmed() {
        assertThat(new Name("  Acme Labs \u2003").value()).isEqualTo("Acme Labs");
    }

    @Test
    void innerWhitespaceIsKept() {
        assertThat(new Name("Acme   Labs").value()).isEqualTo("Acme   Labs");
    }

    @Test
    void hundredCharactersAreAccepted() {
        assertThat(new Name("n".repeat(100)).value()).hasSize(100);
    }

    @Test
    void lengthCountsCodePoints() {
        String hundredRockets = "\uD83D\uDE80".repeat(100);

        assertThat(new Name(hundredRockets).value()).isEqualTo(hundredRockets);
        assertThatThrownBy(() -> new Name(hundredRockets + "\uD83D\uDE80")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void hundredAndOneCharactersAreRejected() {
        assertThatThrownBy(() -> new Name("n".repeat(101)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1 to 100");
    }

    @Test
    void lengthIsMeasuredAfterTrimming() {
        assertThat(new Name("  " + "n".repeat(100) + "  ").value()).hasSize(100);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "\u2003"})
    void missingNameIsRejected(String value) {
        assertThatThrownBy(() -> new Name(value))
                .isInstanceOf(InvalidValueException.class)
                .extracting(failure -> ((InvalidValueException) failure).field())
                .isEqualTo("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "line\nbreak", "nul\u0000", "bell\u0007", "del\u007f", "next\u0085line"})
    void controlCharactersAreRejected(String value) {
        assertThatThrownBy(() -> new Name(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("control characters");
    }

    @Test
    void namesNeedNotBeUnique() {
        assertThat(new Name("Acme")).isEqualTo(new Name(" Acme "));
    }
}
