package com.bolti.tenancy.rest.problem;

import com.bolti.tenancy.domain.error.CardNumberRejectedException;
import com.bolti.tenancy.domain.error.InvalidValueException;
import com.bolti.tenancy.domain.error.TenancyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to a problem response. Nothing of an unexpected exception (stack
 * trace, SQL, another tenant's data) reaches the client; the log keeps it under an id that
 * the response repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response tenancy(TenancyException exception, UriInfo uri) {
        List<Problem.FieldError> errors = null;
        if (exception instanceof InvalidValueException invalid) {
            errors = List.of(new Problem.FieldError(invalid.field(), invalid.reason()));
        } else if (exception instanceof CardNumberRejectedException cardNumber) {
            errors = List.of(new Problem.FieldError(cardNumber.field(), "looks like a card number"));
        }
        return Problems.response(ProblemCatalog.statusOf(exception), exception.code(),
                exception.getMessage(), path(uri), errors);
    }

    @ServerExceptionMapper
    public Response rejected(RequestRejectedException exception, UriInfo uri) {
        return Problems.response(exception.status(), exception.code(), exception.getMessage(), path(uri),
                exception.errors());
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException exception, UriInfo uri) {
        String field = exception.getPropertyName();
        return Problems.response(400, "request.unknown_field",
                "field '" + field + "' is not defined for this request", path(uri),
                List.of(new Problem.FieldError(field, "is not defined for this request")));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException exception, UriInfo uri) {
        return Problems.response(400, "request.malformed_json",
                "the request body is not valid JSON: " + exception.getOriginalMessage(), path(uri));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException exception, UriInfo uri) {
        return Response.fromResponse(Problems.response(401, "auth.unauthenticated",
                        "a valid bearer token is required: send Authorization: Bearer <JWT>", path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return Problems.response(403, "access.denied", "the token does not grant this call", path(uri));
    }

    @ServerExceptionMapper
    public Response routeNotFound(NotFoundException exception, UriInfo uri) {
        return Problems.response(404, "route.not_found", "no route matches " + path(uri), path(uri));
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException exception, UriInfo uri) {
        return Response.fromResponse(Problems.response(405, "method.not_allowed",
                        "this route does not support the request method", path(uri)))
                .allow(exception.getResponse().getAllowedMethods())
                .build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException exception, UriInfo uri) {
        return Problems.response(415, "request.unsupported_media_type",
                "send the body as application/json", path(uri));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException exception, UriInfo uri) {
        return Problems.response(406, "request.not_acceptable",
                "responses are application/json or application/problem+json", path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        if (status == 413) {
            return Problems.response(413, "request.body_too_large", "the request body exceeds 1 MiB", path(uri));
        }
        JsonProcessingException json = jsonCause(exception);
        if (json != null) {
            return malformedJson(json, uri);
        }
        if (status < 500) {
            return Problems.response(status, "request.invalid", exception.getMessage(), path(uri));
        }
        return unexpected(exception, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "unexpected failure %s on %s", errorId, path(uri));
        return Problems.response(500, "internal.error",
                "the request failed unexpectedly; report error id " + errorId, path(uri));
    }

    private static JsonProcessingException jsonCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
