package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.CreateContactUseCase;
import com.bolti.tenancy.application.port.in.DeleteContactUseCase;
import com.bolti.tenancy.application.port.in.GetContactQuery;
import com.bolti.tenancy.application.port.in.ListContactsQuery;
import com.bolti.tenancy.application.port.in.UpdateContactUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.domain.error.ContactNotFoundException;
import com.bolti.tenancy.domain.resource.Contact;
import com.bolti.tenancy.domain.resource.ContactId;
import com.bolti.tenancy.rest.body.ContactResponse;
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

/** Contacts of the workspace named by the {@code Bolti-Workspace} header. */
@Path("/v1/contacts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    private static final Set<String> FIELDS = Set.of("name", "phoneNumber", "attributes");

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkspaceHeader workspaceHeader;

    @Inject
    ListContactsQuery listContacts;

    @Inject
    GetContactQuery getContact;

    @Inject
    CreateContactUseCase createContact;

    @Inject
    UpdateContactUseCase updateContact;

    @Inject
    DeleteContactUseCase deleteContact;

    @GET
    @RequiredAccess("workspace:contacts.read")
    public ListResponse<ContactResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        WorkspaceRequest request = request();
        return ListResponse.of(listContacts.list(request, Paging.request(limit, cursor)), ContactResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:contacts.create")
    public Response create(JsonNode body) {
        WorkspaceRequest request = request();
        JsonObjectReader fields = JsonObjectReader.of(body, FIELDS);
        Contact created = createContact.create(new CreateContactUseCase.CreateContactCommand(request,
                fields.requiredString("name"), fields.requiredString("phoneNumber"),
                fields.optionalObjectText("attributes")));
        return Response.created(URI.create("/v1/contacts/" + created.id()))
                .entity(ContactResponse.of(created))
                .build();
    }

    @GET
    @Path("/{contactId}")
    @RequiredAccess("workspace:contacts.read")
    public ContactResponse get(@PathParam("contactId") String contactId) {
        WorkspaceRequest request = request();
        return ContactResponse.of(getContact.get(request, contactId(contactId)));
    }

    @PATCH
    @Path("/{contactId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:contacts.update")
    public ContactResponse update(@PathParam("contactId") String contactId, JsonNode body) {
        WorkspaceRequest request = request();
        ContactId id = contactId(contactId);
        JsonObjectReader fields = JsonObjectReader.of(body, FIELDS);
        return ContactResponse.of(updateContact.update(new UpdateContactUseCase.UpdateContactCommand(request, id,
                fields.stringUpdate("name"), fields.stringUpdate("phoneNumber"), fields.objectTextUpdate("attributes"))));
    }

    @DELETE
    @Path("/{contactId}")
    @RequiredAccess("workspace:contacts.delete")
    public Response delete(@PathParam("contactId") String contactId) {
        WorkspaceRequest request = request();
        deleteContact.delete(request, contactId(contactId));
        return Response.noContent().build();
    }

    private WorkspaceRequest request() {
        return new WorkspaceRequest(currentUser.id(), workspaceHeader.workspaceId());
    }

    private static ContactId contactId(String text) {
        return ResourcePaths.id(text, ContactId::new, ContactNotFoundException::new);
    }
}
