package com.bolti.tenancy.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Problem details of RFC 9457 with the service's stable {@code code} and, for validation
 * failures, the invalid fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
