package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.AcceptInvitationUseCase;
import com.bolti.tenancy.rest.body.MembershipResponse;
import com.bolti.tenancy.rest.http.RequiredAccess;
import com.bolti.tenancy.rest.support.CurrentUser;
import com.bolti.tenancy.rest.support.JsonObjectReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/** Acceptance of an invitation by the invited user. */
@Path("/v1/invitations/accept")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InvitationAcceptanceResource {

    private static final Set<String> ACCEPT_FIELDS = Set.of("token");

    @Inject
    CurrentUser currentUser;

    @Inject
    AcceptInvitationUseCase accept;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("authenticated, with the invited email address")
    public MembershipResponse accept(JsonNode body) {
        JsonObjectReader fields = JsonObjectReader.of(body, ACCEPT_FIELDS);
        String token = fields.requiredString("token");
        return MembershipResponse.of(accept.accept(new AcceptInvitationUseCase.AcceptInvitationCommand(
                currentUser.id(), currentUser.emailClaim(), token)));
    }
}
