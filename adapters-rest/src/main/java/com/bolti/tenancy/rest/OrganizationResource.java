package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.CreateOrganizationUseCase;
import com.bolti.tenancy.application.port.in.CreateWorkspaceUseCase;
import com.bolti.tenancy.application.port.in.DeleteOrganizationUseCase;
import com.bolti.tenancy.application.port.in.GetOrganizationQuery;
import com.bolti.tenancy.application.port.in.ListAuditEventsQuery;
import com.bolti.tenancy.application.port.in.ListOrganizationsQuery;
import com.bolti.tenancy.application.port.in.ListWorkspacesQuery;
import com.bolti.tenancy.application.port.in.PreviewOrganizationDeletionQuery;
import com.bolti.tenancy.application.port.in.UpdateOrganizationUseCase;
import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.rest.body.AuditEventResponse;
import com.bolti.tenancy.rest.body.ListResponse;
import com.bolti.tenancy.rest.body.MemberOrganizationResponse;
import com.bolti.tenancy.rest.body.OrganizationDeletionPreviewResponse;
import com.bolti.tenancy.rest.body.OrganizationResponse;
import com.bolti.tenancy.rest.body.RoleWorkspaceResponse;
import com.bolti.tenancy.rest.body.WorkspaceResponse;
import com.bolti.tenancy.rest.support.Confirmations;
import com.bolti.tenancy.rest.support.CurrentUser;
import com.bolti.tenancy.rest.support.ETags;
import com.bolti.tenancy.rest.support.JsonObjectReader;
import com.bolti.tenancy.rest.support.Paging;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** Organizations, their deletion, their workspaces list and their audit log. */
@Path("/v1/organizations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private static final Set<String> CREATE_FIELDS = Set.of("name", "slug");
    private static final Set<String> UPDATE_FIELDS = Set.of("name", "slug", "logoUrl", "settings");
    private static final Set<String> CREATE_WORKSPACE_FIELDS = Set.of("name", "slug", "settings");

    @Inject
    CurrentUser currentUser;

    @Inject
    ListOrganizationsQuery listOrganizations;

    @Inject
    CreateOrganizationUseCase createOrganization;

    @Inject
    GetOrganizationQuery getOrganization;

    @Inject
    UpdateOrganizationUseCase updateOrganization;

    @Inject
    ListWorkspacesQuery listWorkspaces;

    @Inject
    CreateWorkspaceUseCase createWorkspace;

    @Inject
    ListAuditEventsQuery listAuditEvents;

    @Inject
    PreviewOrganizationDeletionQuery previewDeletion;

    @Inject
    DeleteOrganizationUseCase deleteOrganization;

    @GET
    @RequiredAccess("authenticated")
    public ListResponse<MemberOrganizationResponse> list(@QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return ListResponse.of(listOrganizations.list(currentUser.id(), Paging.request(limit, cursor)),
                MemberOrganizationResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("authenticated")
    public Response create(JsonNode body) {
        JsonObjectReader fields = JsonObjectReader.of(body, CREATE_FIELDS);
        MemberOrganization created = createOrganization.create(new CreateOrganizationUseCase.CreateOrganizationCommand(
                currentUser.id(), fields.requiredString("name"), fields.optionalString("slug")));
        return Response.created(URI.create("/v1/organizations/" + created.organization().id()))
                .tag(tag(created))
                .entity(OrganizationResponse.of(created.organization()))
                .build();
    }

    @GET
    @Path("/{orgId}")
    @RequiredAccess("organization.read")
    public Response get(@PathParam("orgId") String orgId) {
        MemberOrganization organization = getOrganization.get(currentUser.id(), PathIds.organization(orgId));
        return Response.ok(OrganizationResponse.of(organization.organization())).tag(tag(organization)).build();
    }

    @PATCH
    @Path("/{orgId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("organization.update")
    public Response update(@PathParam("orgId") String orgId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        OrganizationId id = PathIds.organization(orgId);
        JsonObjectReader fields = JsonObjectReader.of(body, UPDATE_FIELDS);
        MemberOrganization updated = updateOrganization.update(new UpdateOrganizationUseCase.UpdateOrganizationCommand(
                currentUser.id(), id, ETags.expectedVersion(ifMatch), fields.stringUpdate("name"),
                fields.stringUpdate("slug"), fields.nullableStringUpdate("logoUrl"),
                fields.objectTextUpdate("settings")));
        return Response.ok(OrganizationResponse.of(updated.organization())).tag(tag(updated)).build();
    }

    @DELETE
    @Path("/{orgId}")
    @RequiredAccess("organization.own")
    public Response delete(@PathParam("orgId") String orgId, @QueryParam("confirm") List<String> confirm) {
        OrganizationId id = PathIds.organization(orgId);
        deleteOrganization.delete(new DeleteOrganizationUseCase.DeleteOrganizationCommand(currentUser.id(), id,
                Confirmations.single(confirm)));
        return Response.noContent().build();
    }

    @GET
    @Path("/{orgId}/deletion-preview")
    @RequiredAccess("organization.own")
    public OrganizationDeletionPreviewResponse previewDeletion(@PathParam("orgId") String orgId) {
        OrganizationId id = PathIds.organization(orgId);
        return OrganizationDeletionPreviewResponse.of(previewDeletion.preview(currentUser.id(), id));
    }

    @GET
    @Path("/{orgId}/workspaces")
    @RequiredAccess("organization.read")
    public ListResponse<RoleWorkspaceResponse> listWorkspaces(@PathParam("orgId") String orgId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        OrganizationId id = PathIds.organization(orgId);
        return ListResponse.of(listWorkspaces.list(currentUser.id(), id, Paging.request(limit, cursor)),
                RoleWorkspaceResponse::of);
    }

    @POST
    @Path("/{orgId}/workspaces")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("organization.workspaces.manage")
    public Response createWorkspace(@PathParam("orgId") String orgId, JsonNode body) {
        OrganizationId id = PathIds.organization(orgId);
        JsonObjectReader fields = JsonObjectReader.of(body, CREATE_WORKSPACE_FIELDS);
        VisibleWorkspace created = createWorkspace.create(new CreateWorkspaceUseCase.CreateWorkspaceCommand(
                currentUser.id(), id, fields.requiredString("name"), fields.optionalString("slug"),
                fields.optionalObjectText("settings")));
        return Response.created(URI.create("/v1/workspaces/" + created.workspace().id()))
                .tag(ETags.of(created.workspace().version()))
                .entity(WorkspaceResponse.of(created.workspace()))
                .build();
    }

    @GET
    @Path("/{orgId}/audit-events")
    @RequiredAccess("organization.members.manage")
    public ListResponse<AuditEventResponse> listAuditEvents(@PathParam("orgId") String orgId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        OrganizationId id = PathIds.organization(orgId);
        return ListResponse.of(listAuditEvents.list(currentUser.id(), id, Paging.request(limit, cursor)),
                AuditEventResponse::of);
    }

    private static EntityTag tag(MemberOrganization organization) {
        return ETags.of(organization.organization().version());
    }
}
