package com.bolti.tenancy.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.regex.Pattern;

/**
 * Checks of problem-details responses. Every rejected request a test meets goes through here, so each
 * one is also checked for leaked internals: SQL, exception names and stack trace lines.
 */
public final class ProblemAssertions {

    /** A line of a Java stack trace, such as {@code at com.example.Foo.bar(Foo.java:12)}. */
    private static final Pattern STACK_TRACE_LINE = Pattern.compile("\\bat [\\w$.]+\\([^)]*\\)");

    private ProblemAssertions() {
    }

    /** Asserts status, media type and {@code code} of a problem response, and that it leaks nothing. */
    public static void assertProblem(Response response, int status, String code) {
        assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>path("code")).isEqualTo(code);
        assertThat(response.<Integer>path("status")).isEqualTo(status);
        assertLeaksNothing(response.asString());
    }

    /** Asserts that a response body names no SQL, no exception and no stack trace line. */
    public static void assertLeaksNothing(String body) {
        assertThat(body).doesNotContainIgnoringCase("SQL");
        assertThat(body).doesNotContain("Exception");
        assertThat(body).doesNotContainPattern(STACK_TRACE_LINE);
    }
}
