package com.bolti.tenancy.rest.http;

import com.bolti.tenancy.rest.problem.RequestRejectedException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects an empty or repeated {@code limit} or {@code cursor} with 400, before JAX-RS binds
 * them: the binding would read an empty value as absent and a repeated one as its first value.
 */
public class PagingParameterFilter {

    private static final Set<String> PAGING_PARAMETERS = Set.of("limit", "cursor");

    @ServerRequestFilter
    public void checkPagingParameters(UriInfo uri) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        for (String name : PAGING_PARAMETERS) {
            List<String> values = parameters.get(name);
            if (values == null) {
                continue;
            }
            if (values.size() > 1) {
                throw RequestRejectedException.badRequest("request.invalid_parameter",
                        name + " is repeated; send it at most once");
            }
            if (values.get(0) == null || values.get(0).isEmpty()) {
                throw RequestRejectedException.badRequest("request.invalid_parameter",
                        name + " is empty; omit it or give a value");
            }
        }
    }
}
