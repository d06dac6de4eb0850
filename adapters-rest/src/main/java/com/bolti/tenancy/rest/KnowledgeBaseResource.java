package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.CreateKnowledgeBaseUseCase;
import com.bolti.tenancy.application.port.in.DeleteKnowledgeBaseUseCase;
import com.bolti.tenancy.application.port.in.GetKnowledgeBaseQuery;
import com.bolti.tenancy.application.port.in.ListKnowledgeBasesQuery;
import com.bolti.tenancy.application.port.in.UpdateKnowledgeBaseUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.domain.error.KnowledgeBaseNotFoundException;
import com.bolti.tenancy.domain.resource.KnowledgeBase;
import com.bolti.tenancy.domain.resource.KnowledgeBaseId;
import com.bolti.tenancy.rest.body.KnowledgeBaseResponse;
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

/** Knowledge bases of the workspace named by the {@code Bolti-Workspace} header. */
@Path("/v1/knowledge-bases")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeBaseResource {

    private static final Set<String> FIELDS = Set.of("name", "description");

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkspaceHeader workspaceHeader;

    @Inject
    ListKnowledgeBasesQuery listKnowledgeBases;

    @Inject
    GetKnowledgeBaseQuery getKnowledgeBase;

    @Inject
    CreateKnowledgeBaseUseCase createKnowledgeBase;

    @Inject
    UpdateKnowledgeBaseUseCase updateKnowledgeBase;

    @Inject
    DeleteKnowledgeBaseUseCase deleteKnowledgeBase;

    @GET
    @RequiredAccess("workspace:knowledge_bases.read")
    public ListResponse<KnowledgeBaseResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        WorkspaceRequest request = request();
        return ListResponse.of(listKnowledgeBases.list(request, Paging.request(limit, cursor)),
                KnowledgeBaseResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:knowledge_bases.create")
    public Response create(JsonNode body) {
        WorkspaceRequest request = request();
        JsonObjectReader fields = JsonObjectReader.of(body, FIELDS);
        KnowledgeBase created = createKnowledgeBase.create(new CreateKnowledgeBaseUseCase.CreateKnowledgeBaseCommand(
                request, fields.requiredString("name"), fields.nullableStringUpdate("description").value()));
        return Response.created(URI.create("/v1/knowledge-bases/" + created.id()))
                .entity(KnowledgeBaseResponse.of(created))
                .build();
    }

    @GET
    @Path("/{knowledgeBaseId}")
    @RequiredAccess("workspace:knowledge_bases.read")
    public KnowledgeBaseResponse get(@PathParam("knowledgeBaseId") String knowledgeBaseId) {
        WorkspaceRequest request = request();
        return KnowledgeBaseResponse.of(getKnowledgeBase.get(request, knowledgeBaseId(knowledgeBaseId)));
    }

    @PATCH
    @Path("/{knowledgeBaseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:knowledge_bases.update")
    public KnowledgeBaseResponse update(@PathParam("knowledgeBaseId") String knowledgeBaseId, JsonNode body) {
        WorkspaceRequest request = request();
        KnowledgeBaseId id = knowledgeBaseId(knowledgeBaseId);
        JsonObjectReader fields = JsonObjectReader.of(body, FIELDS);
        return KnowledgeBaseResponse.of(updateKnowledgeBase.update(
                new UpdateKnowledgeBaseUseCase.UpdateKnowledgeBaseCommand(request, id, fields.stringUpdate("name"),
                        fields.nullableStringUpdate("description"))));
    }

    @DELETE
    @Path("/{knowledgeBaseId}")
    @RequiredAccess("workspace:knowledge_bases.delete")
    public Response delete(@PathParam("knowledgeBaseId") String knowledgeBaseId) {
        WorkspaceRequest request = request();
        deleteKnowledgeBase.delete(request, knowledgeBaseId(knowledgeBaseId));
        return Response.noContent().build();
    }

    private WorkspaceRequest request() {
        return new WorkspaceRequest(currentUser.id(), workspaceHeader.workspaceId());
    }

    private static KnowledgeBaseId knowledgeBaseId(String text) {
        return ResourcePaths.id(text, KnowledgeBaseId::new, KnowledgeBaseNotFoundException::new);
    }
}
