package com.bolti.tenancy.domain.model;

import com.bolti.tenancy.domain.error.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Email address of an invitee, trimmed, at most 254 characters. Addresses are compared
 * case-insensitively through {@link #normalized()}.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (value == null) {
            throw new InvalidValueException("email", "is required");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "must be an email address such as ana@example.com");
        }
    }

    /** Returns the lower-case form used for comparisons and uniqueness. */
    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Tells whether {@code other} is the same address, ignoring case; false for null. */
    public boolean matches(String other) {
        return other != null && normalized().equals(other.strip().toLowerCase(Locale.ROOT));
    }
}
