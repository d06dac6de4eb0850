package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.InviteMemberUseCase;
import com.bolti.tenancy.application.port.in.ListInvitationsQuery;
import com.bolti.tenancy.application.port.in.RevokeInvitationUseCase;
import com.bolti.tenancy.domain.error.InvitationNotFoundException;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.rest.body.InvitationResponse;
import com.bolti.tenancy.rest.body.ListResponse;
import com.bolti.tenancy.rest.http.RequiredAccess;
import com.bolti.tenancy.rest.support.CurrentUser;
import com.bolti.tenancy.rest.support.JsonObjectReader;
import com.bolti.tenancy.rest.support.Paging;
import com.bolti.tenancy.rest.support.PathIds;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Invitations of an organization, issued and revoked by its owner and admins. */
@Path("/v1/organizations/{orgId}/invitations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    private static final Set<String> INVITE_FIELDS = Set.of("email", "role", "workspaces");
    private static final Set<String> GRANT_FIELDS = Set.of("workspaceId", "role");

    @Inject
    CurrentUser currentUser;

    @Inject
    InviteMemberUseCase invite;

    @Inject
    ListInvitationsQuery listInvitations;

    @Inject
    RevokeInvitationUseCase revoke;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("organization.members.manage")
    public Response invite(@PathParam("orgId") String orgId, JsonNode body) {
        OrganizationId id = PathIds.organization(orgId);
        JsonObjectReader fields = JsonObjectReader.of(body, INVITE_FIELDS);
        List<InviteMemberUseCase.WorkspaceInvite> workspaces = fields.optionalObjectList("workspaces", GRANT_FIELDS)
                .stream()
                .map(grant -> new InviteMemberUseCase.WorkspaceInvite(grant.requiredUuid("workspaceId"),
                        grant.rawValue("role")))
                .toList();
        InviteMemberUseCase.IssuedInvitation issued = invite.invite(new InviteMemberUseCase.InviteMemberCommand(
                currentUser.id(), id, fields.requiredString("email"), fields.rawValue("role"), workspaces));
        return Response.created(URI.create("/v1/organizations/" + id + "/invitations/" + issued.invitation().id()))
                .entity(InvitationResponse.of(issued.invitation(), issued.token()))
                .build();
    }

    @GET
    @RequiredAccess("organization.members.manage")
    public ListResponse<InvitationResponse> list(@PathParam("orgId") String orgId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        OrganizationId id = PathIds.organization(orgId);
        return ListResponse.of(listInvitations.list(currentUser.id(), id, Paging.request(limit, cursor)),
                invitation -> InvitationResponse.of(invitation, null));
    }

    @DELETE
    @Path("/{invitationId}")
    @RequiredAccess("organization.members.manage")
    public Response revoke(@PathParam("orgId") String orgId, @PathParam("invitationId") String invitationId) {
        OrganizationId id = PathIds.organization(orgId);
        UUID invitation = PathIds.parse(invitationId);
        if (invitation == null) {
            throw new InvitationNotFoundException();
        }
        revoke.revoke(currentUser.id(), id, invitation);
        return Response.noContent().build();
    }
}
