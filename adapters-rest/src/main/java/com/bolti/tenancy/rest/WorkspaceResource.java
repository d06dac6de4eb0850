package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.DeleteWorkspaceUseCase;
import com.bolti.tenancy.application.port.in.GetWorkspaceQuery;
import com.bolti.tenancy.application.port.in.PreviewWorkspaceDeletionQuery;
import com.bolti.tenancy.application.port.in.UpdateWorkspaceUseCase;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.rest.body.WorkspaceDeletionPreviewResponse;
import com.bolti.tenancy.rest.body.WorkspaceResponse;
import com.bolti.tenancy.rest.support.Confirmations;
import com.bolti.tenancy.rest.support.CurrentUser;
import com.bolti.tenancy.rest.support.ETags;
import com.bolti.tenancy.rest.support.JsonObjectReader;
import com.bolti.tenancy.rest.support.PathIds;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import com.bolti.tenancy.rest.http.RequiredAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/** A workspace by id, and its deletion. */
@Path("/v1/workspaces")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceResource {

    private static final Set<String> UPDATE_FIELDS = Set.of("name", "slug", "settings");

    @Inject
    CurrentUser currentUser;

    @Inject
    GetWorkspaceQuery getWorkspace;

    @Inject
    UpdateWorkspaceUseCase updateWorkspace;

    @Inject
    PreviewWorkspaceDeletionQuery previewDeletion;

    @Inject
    DeleteWorkspaceUseCase deleteWorkspace;

    @GET
    @Path("/{wsId}")
    @RequiredAccess("workspace:any capability, or organization.workspaces.manage")
    public Response get(@PathParam("wsId") String wsId) {
        VisibleWorkspace workspace = getWorkspace.get(currentUser.id(), PathIds.workspace(wsId));
        return ok(workspace);
    }

    @PATCH
    @Path("/{wsId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:workspace.settings.update")
    public Response update(@PathParam("wsId") String wsId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        WorkspaceId id = PathIds.workspace(wsId);
        JsonObjectReader fields = JsonObjectReader.of(body, UPDATE_FIELDS);
        VisibleWorkspace updated = updateWorkspace.update(new UpdateWorkspaceUseCase.UpdateWorkspaceCommand(
                currentUser.id(), id, ETags.expectedVersion(ifMatch), fields.stringUpdate("name"),
                fields.stringUpdate("slug"), fields.objectTextUpdate("settings")));
        return ok(updated);
    }

    @DELETE
    @Path("/{wsId}")
    @RequiredAccess("organization.workspaces.manage")
    public Response delete(@PathParam("wsId") String wsId, @QueryParam("confirm") List<String> confirm) {
        WorkspaceId id = PathIds.workspace(wsId);
        deleteWorkspace.delete(new DeleteWorkspaceUseCase.DeleteWorkspaceCommand(currentUser.id(), id,
                Confirmations.single(confirm)));
        return Response.noContent().build();
    }

    @GET
    @Path("/{wsId}/deletion-preview")
    @RequiredAccess("organization.workspaces.manage")
    public WorkspaceDeletionPreviewResponse previewDeletion(@PathParam("wsId") String wsId) {
        WorkspaceId id = PathIds.workspace(wsId);
        return WorkspaceDeletionPreviewResponse.of(previewDeletion.preview(currentUser.id(), id));
    }

    private static Response ok(VisibleWorkspace workspace) {
        return Response.ok(WorkspaceResponse.of(workspace.workspace()))
                .tag(ETags.of(workspace.workspace().version()))
                .build();
    }
}
