package com.bolti.tenancy.access;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A test-only endpoint that declares no access rule, to prove such endpoints are refused. */
@Path("/test-probes/undeclared")
public class UndeclaredProbeResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String reached() {
        return "the deny-by-default filter let this call through";
    }
}
