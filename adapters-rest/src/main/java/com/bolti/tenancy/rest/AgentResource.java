package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.CopyAgentUseCase;
import com.bolti.tenancy.application.port.in.CreateAgentUseCase;
import com.bolti.tenancy.application.port.in.DeleteAgentUseCase;
import com.bolti.tenancy.application.port.in.GetAgentQuery;
import com.bolti.tenancy.application.port.in.ListAgentsQuery;
import com.bolti.tenancy.application.port.in.UpdateAgentUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.domain.error.AgentNotFoundException;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.resource.Agent;
import com.bolti.tenancy.domain.resource.AgentId;
import com.bolti.tenancy.rest.body.AgentCopyResponse;
import com.bolti.tenancy.rest.body.AgentResponse;
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

/** Agents of the workspace named by the {@code Bolti-Workspace} header, and their copies into other workspaces. */
@Path("/v1/agents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AgentResource {

    private static final Set<String> FIELDS =
            Set.of("name", "tags", "config", "toolIds", "knowledgeBaseIds", "phoneNumberId");
    private static final Set<String> COPY_FIELDS = Set.of("targetWorkspaceId");

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkspaceHeader workspaceHeader;

    @Inject
    ListAgentsQuery listAgents;

    @Inject
    GetAgentQuery getAgent;

    @Inject
    CreateAgentUseCase createAgent;

    @Inject
    UpdateAgentUseCase updateAgent;

    @Inject
    DeleteAgentUseCase deleteAgent;

    @Inject
    CopyAgentUseCase copyAgent;

    @GET
    @RequiredAccess("workspace:agents.read")
    public ListResponse<AgentResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        WorkspaceRequest request = request();
        return ListResponse.of(listAgents.list(request, Paging.request(limit, cursor)), AgentResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:agents.create, and phone_numbers.assign to link a phone number")
    public Response create(JsonNode body) {
        WorkspaceRequest request = request();
        JsonObjectReader fields = JsonObjectReader.of(body, FIELDS);
        Agent created = createAgent.create(new CreateAgentUseCase.CreateAgentCommand(request,
                fields.requiredString("name"), fields.optionalStringList("tags"), fields.optionalObjectText("config"),
                fields.optionalUuidList("toolIds"), fields.optionalUuidList("knowledgeBaseIds"),
                fields.optionalUuid("phoneNumberId")));
        return created(created);
    }

    @GET
    @Path("/{agentId}")
    @RequiredAccess("workspace:agents.read")
    public AgentResponse get(@PathParam("agentId") String agentId) {
        WorkspaceRequest request = request();
        return AgentResponse.of(getAgent.get(request, agentId(agentId)));
    }

    @PATCH
    @Path("/{agentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:agents.update, and phone_numbers.assign to change the phone number")
    public AgentResponse update(@PathParam("agentId") String agentId, JsonNode body) {
        WorkspaceRequest request = request();
        AgentId id = agentId(agentId);
        JsonObjectReader fields = JsonObjectReader.of(body, FIELDS);
        return AgentResponse.of(updateAgent.update(new UpdateAgentUseCase.UpdateAgentCommand(request, id,
                fields.stringUpdate("name"), fields.stringListUpdate("tags"), fields.objectTextUpdate("config"),
                fields.uuidListUpdate("toolIds"), fields.uuidListUpdate("knowledgeBaseIds"),
                fields.nullableUuidUpdate("phoneNumberId"))));
    }

    @DELETE
    @Path("/{agentId}")
    @RequiredAccess("workspace:agents.delete")
    public Response delete(@PathParam("agentId") String agentId) {
        WorkspaceRequest request = request();
        deleteAgent.delete(request, agentId(agentId));
        return Response.noContent().build();
    }

    @POST
    @Path("/{agentId}/copies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:agents.read here, and agents.create in the target workspace")
    public Response copy(@PathParam("agentId") String agentId, JsonNode body) {
        WorkspaceRequest request = request();
        AgentId id = agentId(agentId);
        JsonObjectReader fields = JsonObjectReader.of(body, COPY_FIELDS);
        CopyAgentUseCase.Copy copy = copyAgent.copy(new CopyAgentUseCase.CopyAgentCommand(request, id,
                new WorkspaceId(fields.requiredUuid("targetWorkspaceId"))));
        return Response.created(URI.create("/v1/agents/" + copy.agent().id()))
                .entity(AgentCopyResponse.of(copy))
                .build();
    }

    private WorkspaceRequest request() {
        WorkspaceId workspaceId = workspaceHeader.workspaceId();
        return new WorkspaceRequest(currentUser.id(), workspaceId);
    }

    private static AgentId agentId(String text) {
        return ResourcePaths.id(text, AgentId::new, AgentNotFoundException::new);
    }

    private static Response created(Agent agent) {
        return Response.created(URI.create("/v1/agents/" + agent.id()))
                .entity(AgentResponse.of(agent))
                .build();
    }
}
