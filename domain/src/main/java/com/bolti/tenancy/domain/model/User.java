package com.bolti.tenancy.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Person known to the service, provisioned from the {@code sub}, {@code email} and
 * {@code name} claims of their token.
 *
 * @param signedUpAt when the user went through signup, or {@code null} if never
 */
public record User(UserId id, String subject, String email, String name, Instant createdAt,
        Instant signedUpAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Returns the name to greet the user with: the name claim, else the email, else the subject. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        if (email != null && !email.isBlank()) {
            return email;
        }
        return subject;
    }
}
