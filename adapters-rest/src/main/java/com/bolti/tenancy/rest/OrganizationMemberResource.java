package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.ChangeOrganizationRoleUseCase;
import com.bolti.tenancy.application.port.in.ListOrganizationMembersQuery;
import com.bolti.tenancy.application.port.in.RemoveOrganizationMemberUseCase;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.rest.body.ListResponse;
import com.bolti.tenancy.rest.body.OrganizationMemberResponse;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/** Members of an organization. */
@Path("/v1/organizations/{orgId}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationMemberResource {

    private static final Set<String> ROLE_FIELDS = Set.of("role");

    @Inject
    CurrentUser currentUser;

    @Inject
    ListOrganizationMembersQuery listMembers;

    @Inject
    ChangeOrganizationRoleUseCase changeRole;

    @Inject
    RemoveOrganizationMemberUseCase removeMember;

    @GET
    @RequiredAccess("organization.members.manage")
    public ListResponse<OrganizationMemberResponse> list(@PathParam("orgId") String orgId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        OrganizationId id = PathIds.organization(orgId);
        return ListResponse.of(listMembers.list(currentUser.id(), id, Paging.request(limit, cursor)),
                OrganizationMemberResponse::of);
    }

    @PATCH
    @Path("/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("organization.members.manage")
    public OrganizationMemberResponse changeRole(@PathParam("orgId") String orgId, @PathParam("userId") String userId,
            JsonNode body) {
        OrganizationId id = PathIds.organization(orgId);
        UserId member = PathIds.member(userId, "organization");
        JsonObjectReader fields = JsonObjectReader.of(body, ROLE_FIELDS);
        return OrganizationMemberResponse.of(changeRole.changeRole(
                new ChangeOrganizationRoleUseCase.ChangeOrganizationRoleCommand(currentUser.id(), id, member,
                        fields.rawValue("role"))));
    }

    @DELETE
    @Path("/{userId}")
    @RequiredAccess("organization.members.manage, or the member leaving")
    public Response remove(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        OrganizationId id = PathIds.organization(orgId);
        removeMember.remove(currentUser.id(), id, PathIds.member(userId, "organization"));
        return Response.noContent().build();
    }
}
