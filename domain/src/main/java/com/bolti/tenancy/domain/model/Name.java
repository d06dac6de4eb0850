package com.bolti.tenancy.domain.model;

import com.bolti.tenancy.domain.error.InvalidValueException;

/**
 * Display name of an organization or a workspace: 1 to 100 characters after trimming, with
 * no control characters. Names need not be unique.
 */
public record Name(String value) {

    public static final int MAX_LENGTH = 100;

    public Name {
        if (value == null) {
            throw new InvalidValueException("name", "must be a string");
        }
        value = value.strip();
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > MAX_LENGTH) {
            throw new InvalidValueException("name", "must be 1 to 100 characters after trimming");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name", "must not contain control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
