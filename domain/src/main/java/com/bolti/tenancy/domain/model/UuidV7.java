package com.bolti.tenancy.domain.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Generator of time-ordered UUIDs, version 7 of RFC 9562: 48 bits of Unix time in
 * milliseconds, a 12-bit counter, then version, variant and 62 random bits. Ids made by one
 * process are strictly increasing, even within one millisecond (the counter method of RFC 9562,
 * section 6.2), so that events written by one transaction keep their order.
 */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COUNTER_MAX = 0x0FFF;

    private static long lastMillis = -1;
    private static int counter;

    private UuidV7() {
    }

    /** Creates a new identifier stamped with the current time of {@code clock}. */
    public static UUID next(Clock clock) {
        long millis;
        int sequence;
        synchronized (UuidV7.class) {
            millis = Math.max(clock.millis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > COUNTER_MAX) {
                    millis++;
                    counter = 0;
                }
            } else {
                counter = 0;
            }
            lastMillis = millis;
            sequence = counter;
        }
        long mostSignificant = (millis << 16) | 0x7000L | sequence;
        long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
