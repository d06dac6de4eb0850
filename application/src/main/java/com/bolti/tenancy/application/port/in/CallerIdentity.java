package com.bolti.tenancy.application.port.in;

import java.util.Objects;

/** Claims of a verified token that describe its user: {@code sub}, {@code email}, {@code name}. */
public record CallerIdentity(String subject, String email, String name) {

    public CallerIdentity {
        Objects.requireNonNull(subject, "subject");
    }
}
