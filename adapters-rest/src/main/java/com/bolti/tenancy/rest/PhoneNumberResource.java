package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.AssignPhoneNumberUseCase;
import com.bolti.tenancy.application.port.in.GetPhoneNumberQuery;
import com.bolti.tenancy.application.port.in.ListPhoneNumbersQuery;
import com.bolti.tenancy.application.port.in.PurchasePhoneNumberUseCase;
import com.bolti.tenancy.application.port.in.ReleasePhoneNumberUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.domain.error.PhoneNumberNotFoundException;
import com.bolti.tenancy.domain.resource.PhoneNumber;
import com.bolti.tenancy.domain.resource.PhoneNumberId;
import com.bolti.tenancy.rest.body.ListResponse;
import com.bolti.tenancy.rest.body.PhoneNumberResponse;
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

/**
 * Phone numbers of the workspace named by the {@code Bolti-Workspace} header: {@code POST}
 * purchases, {@code PATCH} assigns to an agent, {@code DELETE} releases.
 */
@Path("/v1/phone-numbers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PhoneNumberResource {

    private static final Set<String> PURCHASE_FIELDS = Set.of("e164", "agentId");
    private static final Set<String> ASSIGN_FIELDS = Set.of("agentId");

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkspaceHeader workspaceHeader;

    @Inject
    ListPhoneNumbersQuery listPhoneNumbers;

    @Inject
    GetPhoneNumberQuery getPhoneNumber;

    @Inject
    PurchasePhoneNumberUseCase purchasePhoneNumber;

    @Inject
    AssignPhoneNumberUseCase assignPhoneNumber;

    @Inject
    ReleasePhoneNumberUseCase releasePhoneNumber;

    @GET
    @RequiredAccess("workspace:phone_numbers.read")
    public ListResponse<PhoneNumberResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        WorkspaceRequest request = request();
        return ListResponse.of(listPhoneNumbers.list(request, Paging.request(limit, cursor)), PhoneNumberResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:phone_numbers.purchase, and phone_numbers.assign to assign it at once")
    public Response purchase(JsonNode body) {
        WorkspaceRequest request = request();
        JsonObjectReader fields = JsonObjectReader.of(body, PURCHASE_FIELDS);
        PhoneNumber purchased = purchasePhoneNumber.purchase(new PurchasePhoneNumberUseCase.PurchasePhoneNumberCommand(
                request, fields.requiredString("e164"), fields.optionalUuid("agentId")));
        return Response.created(URI.create("/v1/phone-numbers/" + purchased.id()))
                .entity(PhoneNumberResponse.of(purchased))
                .build();
    }

    @GET
    @Path("/{phoneNumberId}")
    @RequiredAccess("workspace:phone_numbers.read")
    public PhoneNumberResponse get(@PathParam("phoneNumberId") String phoneNumberId) {
        WorkspaceRequest request = request();
        return PhoneNumberResponse.of(getPhoneNumber.get(request, phoneNumberId(phoneNumberId)));
    }

    @PATCH
    @Path("/{phoneNumberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("workspace:phone_numbers.assign")
    public PhoneNumberResponse assign(@PathParam("phoneNumberId") String phoneNumberId, JsonNode body) {
        WorkspaceRequest request = request();
        PhoneNumberId id = phoneNumberId(phoneNumberId);
        JsonObjectReader fields = JsonObjectReader.of(body, ASSIGN_FIELDS);
        return PhoneNumberResponse.of(assignPhoneNumber.assign(new AssignPhoneNumberUseCase.AssignPhoneNumberCommand(
                request, id, fields.requiredNullableUuid("agentId"))));
    }

    @DELETE
    @Path("/{phoneNumberId}")
    @RequiredAccess("workspace:phone_numbers.release")
    public Response release(@PathParam("phoneNumberId") String phoneNumberId) {
        WorkspaceRequest request = request();
        releasePhoneNumber.release(request, phoneNumberId(phoneNumberId));
        return Response.noContent().build();
    }

    private WorkspaceRequest request() {
        return new WorkspaceRequest(currentUser.id(), workspaceHeader.workspaceId());
    }

    private static PhoneNumberId phoneNumberId(String text) {
        return ResourcePaths.id(text, PhoneNumberId::new, PhoneNumberNotFoundException::new);
    }
}
