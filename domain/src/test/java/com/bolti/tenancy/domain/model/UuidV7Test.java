package com.bolti.tenancy.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    private static final Clock FROZEN = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void idsIncreaseWithinOneMillisecond() {
        UUID previous = UuidV7.next(FROZEN);
        for (int i = 0; i < 10_000; i++) {
            UUID next = UuidV7.next(FROZEN);
            assertThat(next.toString()).isGreaterThan(previous.toString());
            previous = next;
        }
    }

    @Test
    void idsCarryVersionAndVariant() {
        UUID id = UuidV7.next(Clock.systemUTC());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void idsStartWithTheTimestamp() {
        UUID id = UuidV7.next(Clock.offset(Clock.systemUTC(), java.time.Duration.ofDays(3650)));

        long millis = id.getMostSignificantBits() >>> 16;
        assertThat(millis).isGreaterThanOrEqualTo(Instant.now().plus(java.time.Duration.ofDays(3649)).toEpochMilli());
    }
}
