package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.TransferOwnershipUseCase;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.rest.body.OwnershipTransferResponse;
import com.bolti.tenancy.rest.http.RequiredAccess;
import com.bolti.tenancy.rest.support.CurrentUser;
import com.bolti.tenancy.rest.support.JsonObjectReader;
import com.bolti.tenancy.rest.support.PathIds;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/** Transfer of an organization's ownership to another member. */
@Path("/v1/organizations/{orgId}/ownership-transfer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OwnershipResource {

    private static final Set<String> TRANSFER_FIELDS = Set.of("userId");

    @Inject
    CurrentUser currentUser;

    @Inject
    TransferOwnershipUseCase transferOwnership;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("organization.own")
    public OwnershipTransferResponse transfer(@PathParam("orgId") String orgId, JsonNode body) {
        OrganizationId id = PathIds.organization(orgId);
        JsonObjectReader fields = JsonObjectReader.of(body, TRANSFER_FIELDS);
        UserId newOwner = new UserId(fields.requiredUuid("userId"));
        return OwnershipTransferResponse.of(transferOwnership.transfer(
                new TransferOwnershipUseCase.TransferOwnershipCommand(currentUser.id(), id, newOwner)));
    }
}
