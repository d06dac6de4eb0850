package com.bolti.tenancy.test;

import java.util.UUID;

/** Identity claims of one test user; every call to {@link #fresh} makes a user nobody else uses. */
public record TestUser(String subject, String email, String name) {

    /** A user unknown to the service, named for readability in failures. */
    public static TestUser fresh(String name) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return new TestUser("auth0|" + name.toLowerCase() + "-" + tag,
                name.toLowerCase() + "-" + tag + "@example.com", name);
    }

    public String token() {
        return Tokens.forUser(this);
    }
}
