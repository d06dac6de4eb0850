package com.bolti.tenancy.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bolti.tenancy.domain.error.InvalidSlugException;
import com.bolti.tenancy.domain.error.ReservedSlugException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    private static final String SIXTY_THREE = "a".repeat(63);

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "acme", "acme-2", "a-b-c", "123", "admin-2", "apis"})
    void validSlugIsAccepted(String value) {
        assertThat(new Slug(value).value()).isEqualTo(value);
    }

    @Test
    void sixtyThreeCharactersAreAccepted() {
        assertThat(new Slug(SIXTY_THREE).value()).hasSize(63);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Acme", "-acme", "acme-", "-", "acme_co", "acme co", "acme.co", "caf\u00e9",
        "\u0430cme", "acme\n", " acme"})
    void invalidSlugIsRejected(String value) {
        assertThatThrownBy(() -> new Slug(value)).isInstanceOf(InvalidSlugException.class);
    }

    @Test
    void sixtyFourCharactersAreRejected() {
        assertThatThrownBy(() -> new Slug(SIXTY_THREE + "a")).isInstanceOf(InvalidSlugException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "admin", "new", "settings", "me"})
    void reservedSlugIsRejected(String value) {
        assertThatThrownBy(() -> new Slug(value))
                .isInstanceOf(ReservedSlugException.class)
                .hasMessageContaining(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Café Ñandú|cafe-nandu",
        "Acme|acme",
        "ACME Inc.|acme-inc",
        "  Hello,   World!  |hello-world",
        "Ünïcödé Spëllïng|unicode-spelling",
        "a--b__c|a-b-c",
        "Release 2.0|release-2-0",
        "\uFB01nance|finance",
        "Ｆｕｌｌｗｉｄｔｈ|fullwidth",
        "Admin|admin"})
    void baseIsDerivedFromName(String name, String expected) {
        assertThat(Slug.deriveBase(name, "organization")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDE80\uD83C\uDF89", "", "   ", "---", "!!!", "日本語"})
    void emptyDerivationFallsBack(String name) {
        assertThat(Slug.deriveBase(name, "workspace")).isEqualTo("workspace");
    }

    @Test
    void longNameIsCutWithoutTrailingDash() {
        String name = "x".repeat(62) + " yz";

        String base = Slug.deriveBase(name, "organization");

        assertThat(base).isEqualTo("x".repeat(62));
        assertThat(new Slug(base).value()).hasSizeLessThanOrEqualTo(63);
    }

    @Test
    void firstCandidateIsBase() {
        assertThat(Slug.candidate("acme", 1)).isEqualTo("acme");
    }

    @Test
    void laterCandidatesGetSuffixes() {
        assertThat(Slug.candidate("acme", 2)).isEqualTo("acme-2");
        assertThat(Slug.candidate("acme", 3)).isEqualTo("acme-3");
        assertThat(Slug.candidate("acme", 10)).isEqualTo("acme-10");
    }

    @Test
    void suffixedCandidateStaysWithinLimit() {
        String candidate = Slug.candidate(SIXTY_THREE, 2);

        assertThat(candidate).hasSize(63).endsWith("-2");
        assertThat(new Slug(candidate).value()).isEqualTo(candidate);
    }

    @Test
    void suffixedCandidateAvoidsDoubleDash() {
        String base = "a".repeat(60) + "-bc";

        String candidate = Slug.candidate(base, 2);

        assertThat(candidate).isEqualTo("a".repeat(60) + "-2");
        assertThat(candidate).doesNotContain("--");
    }

    @Test
    void reservedWordIsNotUsable() {
        assertThat(Slug.isUsable("admin")).isFalse();
        assertThat(Slug.isUsable("admin-2")).isTrue();
        assertThat(Slug.isUsable("Admin")).isFalse();
        assertThat(Slug.isUsable("acme")).isTrue();
    }
}
