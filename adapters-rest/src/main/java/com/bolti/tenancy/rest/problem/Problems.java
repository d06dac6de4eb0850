package com.bolti.tenancy.rest.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:bolti:problem:";

    private Problems() {
    }

    public static Problem problem(int status, String code, String detail, String instance,
            List<Problem.FieldError> errors) {
        return new Problem(TYPE_PREFIX + code, ProblemCatalog.titleOf(code), status, detail, instance,
                code, errors);
    }

    public static Response response(int status, String code, String detail, String instance,
            List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem(status, code, detail, instance, errors))
                .build();
    }

    public static Response response(int status, String code, String detail, String instance) {
        return response(status, code, detail, instance, null);
    }
}
