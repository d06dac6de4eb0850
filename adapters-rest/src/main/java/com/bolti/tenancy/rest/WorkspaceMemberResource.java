package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.ExplainCapabilitiesQuery;
import com.bolti.tenancy.application.port.in.ListWorkspaceMembersQuery;
import com.bolti.tenancy.application.port.in.RemoveWorkspaceMemberUseCase;
import com.bolti.tenancy.application.port.in.SetWorkspaceMemberUseCase;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.rest.body.CapabilitiesResponse;
import com.bolti.tenancy.rest.body.ListResponse;
import com.bolti.tenancy.rest.body.WorkspaceMemberResponse;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/** Members of a workspace and their capabilities. */
@Path("/v1/workspaces/{wsId}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceMemberResource {

    private static final Set<String> MEMBER_FIELDS = Set.of("role", "permissions");

    @Inject
    CurrentUser currentUser;

    @Inject
    ListWorkspaceMembersQuery listMembers;

    @Inject
    ExplainCapabilitiesQuery explain;

    @Inject
    SetWorkspaceMemberUseCase setMember;

    @Inject
    RemoveWorkspaceMemberUseCase removeMember;

    @GET
    @RequiredAccess("workspace:any capability, or organization.workspaces.manage")
    public ListResponse<WorkspaceMemberResponse> list(@PathParam("wsId") String wsId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        WorkspaceId id = PathIds.workspace(wsId);
        return ListResponse.of(listMembers.list(currentUser.id(), id, Paging.request(limit, cursor)),
                WorkspaceMemberResponse::of);
    }

    @GET
    @Path("/{userId}/capabilities")
    @RequiredAccess("workspace:members.manage, organization.workspaces.manage, or the member themselves")
    public CapabilitiesResponse capabilities(@PathParam("wsId") String wsId, @PathParam("userId") String userId) {
        WorkspaceId id = PathIds.workspace(wsId);
        UserId member = PathIds.member(userId, "organization");
        return CapabilitiesResponse.of(member.value(), id.value(), explain.explain(currentUser.id(), id, member));
    }

    @PUT
    @Path("/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:members.manage, or organization.workspaces.manage")
    public Response set(@PathParam("wsId") String wsId, @PathParam("userId") String userId, JsonNode body) {
        WorkspaceId id = PathIds.workspace(wsId);
        UserId member = PathIds.member(userId, "organization");
        JsonObjectReader fields = JsonObjectReader.of(body, MEMBER_FIELDS);
        SetWorkspaceMemberUseCase.Result result = setMember.set(new SetWorkspaceMemberUseCase.SetWorkspaceMemberCommand(
                currentUser.id(), id, member, fields.rawValue("role"), fields.optionalBooleanMap("permissions")));
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(WorkspaceMemberResponse.of(result.member()))
                .build();
    }

    @DELETE
    @Path("/{userId}")
    @RequiredAccess("workspace:members.manage, organization.workspaces.manage, or the member leaving")
    public Response remove(@PathParam("wsId") String wsId, @PathParam("userId") String userId) {
        WorkspaceId id = PathIds.workspace(wsId);
        removeMember.remove(currentUser.id(), id, PathIds.member(userId, "workspace"));
        return Response.noContent().build();
    }
}
