package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.error.InvalidValueException;

/** Free text describing a knowledge base: at most 2000 characters, line breaks allowed. */
public record Description(String value) {

    public static final int MAX_LENGTH = 2000;

    public Description {
        if (value == null) {
            throw new InvalidValueException("description", "must be a string");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValueException("description", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    /** Validates a description sent by a client; {@code null} means none. */
    public static Description parse(String sent) {
        return sent == null ? null : new Description(sent);
    }
}
