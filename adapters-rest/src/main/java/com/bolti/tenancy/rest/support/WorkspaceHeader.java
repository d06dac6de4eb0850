package com.bolti.tenancy.rest.support;

import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.rest.problem.RequestRejectedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Reads the active workspace from the {@code Bolti-Workspace} header of a workspace resource
 * call. The header is read from the raw request, so that an empty value counts as sent.
 */
@RequestScoped
public class WorkspaceHeader {

    public static final String NAME = "Bolti-Workspace";

    @Inject
    CurrentVertxRequest request;

    /** Returns the workspace id of this request's header, as {@link #parse} does. */
    public WorkspaceId workspaceId() {
        return parse(request.getCurrent().request().headers().getAll(NAME));
    }

    /**
     * Returns the workspace id of the header's values. No header is 400
     * {@code workspace.header_missing}; a repeated header, or a value that is not a UUID, is 400
     * {@code workspace.header_invalid}.
     */
    public static WorkspaceId parse(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw RequestRejectedException.badRequest("workspace.header_missing",
                    "send the active workspace's id in the " + NAME + " header");
        }
        if (values.size() > 1) {
            throw RequestRejectedException.badRequest("workspace.header_invalid",
                    "send the " + NAME + " header once; it was sent " + values.size() + " times");
        }
        UUID id = PathIds.parse(values.get(0).strip());
        if (id == null) {
            throw RequestRejectedException.badRequest("workspace.header_invalid",
                    "the " + NAME + " header must be a workspace id (a UUID)");
        }
        return new WorkspaceId(id);
    }
}
