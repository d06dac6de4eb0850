package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.CreateToolUseCase;
import com.bolti.tenancy.application.port.in.DeleteToolUseCase;
import com.bolti.tenancy.application.port.in.GetToolQuery;
import com.bolti.tenancy.application.port.in.ListToolsQuery;
import com.bolti.tenancy.application.port.in.UpdateToolUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.domain.error.ToolNotFoundException;
import com.bolti.tenancy.domain.resource.Tool;
import com.bolti.tenancy.domain.resource.ToolId;
import com.bolti.tenancy.rest.body.ToolResponse;
import com.bolti.tenancy.rest.body.ListResponse;
import com.bolti.tenancy.rest.http.RequiredAccess;
import com.bolti.tenancy.rest.support.CurrentUser;
import com.bolti.tenancy.rest.support.JsonObjectReader;
import com.bolti.tenancy.rest.support.Paging;
import com.bolti.tenancy.rest.support.ResourcePaths;
import com.bolti.tenancy.rest.support.WorkspaceHeader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;

/** Tools of the workspace named by the {@code Bolti-Workspace} header. */
@Path("/v1/tools")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ToolResource {

    private static final Set<String> FIELDS = Set.of("name", "kind", "config");

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkspaceHeader workspaceHeader;

    @Inject
    ListToolsQuery listTools;

    @Inject
    GetToolQuery getTool;

    @Inject
    CreateToolUseCase createTool;

    @Inject
    UpdateToolUseCase updateTool;

    @Inject
    DeleteToolUseCase deleteTool;

    @GET
    @RequiredAccess("workspace:tools.read")
    public ListResponse<ToolResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        WorkspaceRequest request = request();
        return ListResponse.of(listTools.list(request, Paging.request(limit, cursor)), ToolResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:tools.create")
    public Response create(JsonNode body) {
        WorkspaceRequest request = request();
        JsonObjectReader fields = JsonObjectReader.of(body, FIELDS);
        Tool created = createTool.create(new CreateToolUseCase.CreateToolCommand(request,
                fields.requiredString("name"), fields.rawValue("kind"), fields.optionalObjectText("config")));
        return Response.created(URI.create("/v1/tools/" + created.id())).entity(ToolResponse.of(created)).build();
    }

    @GET
    @Path("/{toolId}")
    @RequiredAccess("workspace:tools.read")
    public ToolResponse get(@PathParam("toolId") String toolId) {
        WorkspaceRequest request = request();
        return ToolResponse.of(getTool.get(request, toolId(toolId)));
    }

    @PATCH
    @Path("/{toolId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:tools.update")
    public ToolResponse update(@PathParam("toolId") String toolId, JsonNode body) {
        WorkspaceRequest request = request();
        ToolId id = toolId(toolId);
        JsonObjectReader fields = JsonObjectReader.of(body, FIELDS);
        return ToolResponse.of(updateTool.update(new UpdateToolUseCase.UpdateToolCommand(request, id,
                fields.stringUpdate("name"), fields.rawUpdate("kind"), fields.objectTextUpdate("config"))));
    }

    @DELETE
    @Path("/{toolId}")
    @RequiredAccess("workspace:tools.delete")
    public Response delete(@PathParam("toolId") String toolId) {
        WorkspaceRequest request = request();
        deleteTool.delete(request, toolId(toolId));
        return Response.noContent().build();
    }

    private WorkspaceRequest request() {
        return new WorkspaceRequest(currentUser.id(), workspaceHeader.workspaceId());
    }

    private static ToolId toolId(String text) {
        return ResourcePaths.id(text, ToolId::new, ToolNotFoundException::new);
    }
}
