package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.GetProfileQuery;
import com.bolti.tenancy.application.port.in.SignUpUseCase;
import com.bolti.tenancy.rest.body.ProfileResponse;
import com.bolti.tenancy.rest.body.SignUpResponse;
import com.bolti.tenancy.rest.support.CurrentUser;
import com.bolti.tenancy.rest.support.JsonObjectReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import com.bolti.tenancy.rest.http.RequiredAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/** Signup and the caller's profile. */
@Path("/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class IdentityResource {

    private static final Set<String> SIGNUP_FIELDS = Set.of("organizationName", "workspaceName");

    @Inject
    CurrentUser currentUser;

    @Inject
    SignUpUseCase signUp;

    @Inject
    GetProfileQuery profile;

    @POST
    @RequiredAccess("authenticated")
    @Path("/signup")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signUp(JsonNode body) {
        JsonObjectReader fields = JsonObjectReader.of(body, SIGNUP_FIELDS);
        SignUpUseCase.SignUpResult result = signUp.signUp(new SignUpUseCase.SignUpCommand(
                currentUser.id(), fields.optionalString("organizationName"), fields.optionalString("workspaceName")));
        return Response.status(Response.Status.CREATED).entity(SignUpResponse.of(result)).build();
    }

    @GET
    @RequiredAccess("authenticated")
    @Path("/me")
    public ProfileResponse me() {
        return ProfileResponse.of(profile.get(currentUser.id()));
    }
}
