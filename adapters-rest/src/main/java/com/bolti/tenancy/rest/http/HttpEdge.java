package com.bolti.tenancy.rest.http;

import com.bolti.tenancy.rest.problem.Problem;
import com.bolti.tenancy.rest.problem.Problems;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Sends problem details for the requests that never reach a JAX-RS resource: bodies
 * announced as larger than 1 MiB, and paths that no route serves.
 */
@Singleton
public class HttpEdge {

    /** Largest accepted request body: 1 MiB. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    void registerRoutes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(HttpEdge::rejectLargeBodies);
        router.route().last().handler(HttpEdge::routeNotFound);
    }

    void onStart(@Observes StartupEvent event) {
        // Observing startup keeps this bean, and so its router observer, in the application.
    }

    private static void rejectLargeBodies(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isLarger(length)) {
            // NOTE: a chunked body without Content-Length is cut by quarkus.http.limits.max-body-size,
            // whose 413 carries no problem body.
            send(context, 413, "request.body_too_large", "the request body exceeds 1 MiB");
            return;
        }
        context.next();
    }

    private static boolean isLarger(String length) {
        try {
            return Long.parseLong(length.strip()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void routeNotFound(RoutingContext context) {
        send(context, 404, "route.not_found", "no route matches " + context.request().path());
    }

    private static void send(RoutingContext context, int status, String code, String detail) {
        Problem problem = Problems.problem(status, code, detail, context.request().path(), null);
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem));
    }
}
