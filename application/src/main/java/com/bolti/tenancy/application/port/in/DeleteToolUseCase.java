package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.ToolId;

/** Deletes a tool of the active workspace and unlinks it from every agent; needs {@code tools.delete}. */
public interface DeleteToolUseCase {

    void delete(WorkspaceRequest request, ToolId id);
}
