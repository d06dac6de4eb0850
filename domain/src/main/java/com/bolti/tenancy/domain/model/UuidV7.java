package com.bolti.tenancy.domain.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Generator of time-ordered UUIDs, version 7 of RFC 9562: 48 bits of Unix time in
 * milliseconds, then version, variant and 74 random bits.
 */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UuidV7() {
    }

    /** Creates a new identifier stamped with the current time of {@code clock}. */
    public static UUID next(Clock clock) {
        long millis = clock.millis();
        long mostSignificant = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
