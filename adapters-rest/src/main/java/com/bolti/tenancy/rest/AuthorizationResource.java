package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.CheckAuthorizationQuery;
import com.bolti.tenancy.rest.http.RequiredAccess;
import com.bolti.tenancy.rest.problem.RequestRejectedException;
import com.bolti.tenancy.rest.support.JsonObjectReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Authorization checks for other Bolti services, which present a token with the authz:check scope. */
@Path("/v1/authz")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthorizationResource {

    private static final Set<String> CHECK_FIELDS = Set.of("userId", "workspaceId", "capability");
    private static final Set<String> BATCH_FIELDS = Set.of("checks");

    /** Result of one check. */
    public record CheckResponse(boolean allowed) {
    }

    /** Results of a batch, in the order of the checks. */
    public record BatchResponse(List<CheckResponse> results) {
    }

    @Inject
    CheckAuthorizationQuery authorization;

    @POST
    @Path("/check")
    @RequiredAccess(value = "service token", scope = "authz:check")
    public CheckResponse check(JsonNode body) {
        CheckAuthorizationQuery.Check check = readCheck(JsonObjectReader.of(body, CHECK_FIELDS));
        return new CheckResponse(authorization.check(List.of(check)).get(0));
    }

    @POST
    @Path("/check-batch")
    @RequiredAccess(value = "service token", scope = "authz:check")
    public BatchResponse checkBatch(JsonNode body) {
        List<JsonObjectReader> items = JsonObjectReader.of(body, BATCH_FIELDS).optionalObjectList("checks", CHECK_FIELDS);
        if (items.isEmpty() || items.size() > CheckAuthorizationQuery.MAX_CHECKS) {
            throw RequestRejectedException.invalidField("checks",
                    "must hold 1 to " + CheckAuthorizationQuery.MAX_CHECKS + " checks");
        }
        List<CheckAuthorizationQuery.Check> checks = new ArrayList<>();
        for (JsonObjectReader item : items) {
            checks.add(readCheck(item));
        }
        return new BatchResponse(authorization.check(checks).stream().map(CheckResponse::new).toList());
    }

    private static CheckAuthorizationQuery.Check readCheck(JsonObjectReader fields) {
        return new CheckAuthorizationQuery.Check(fields.requiredUuid("userId"), fields.requiredUuid("workspaceId"),
                fields.requiredString("capability"));
    }
}
