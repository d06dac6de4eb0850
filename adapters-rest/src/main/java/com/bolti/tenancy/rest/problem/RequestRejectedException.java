package com.bolti.tenancy.rest.problem;

import java.util.List;

/**
 * A request that fails at the REST edge, before any use case runs: malformed syntax, a bad
 * header or query parameter, an unknown field, a value of the wrong JSON type.
 */
public class RequestRejectedException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<Problem.FieldError> errors;

    public RequestRejectedException(int status, String code, String detail) {
        this(status, code, detail, null);
    }

    public RequestRejectedException(int status, String code, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = errors;
    }

    /** A malformed request: 400 with the given code. */
    public static RequestRejectedException badRequest(String code, String detail) {
        return new RequestRejectedException(400, code, detail);
    }

    /** A well-formed request with an invalid field: 422 {@code validation.failed}. */
    public static RequestRejectedException invalidField(String field, String message) {
        return new RequestRejectedException(422, "validation.failed", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
