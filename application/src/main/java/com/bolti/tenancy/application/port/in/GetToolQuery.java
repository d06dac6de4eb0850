package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.Tool;
import com.bolti.tenancy.domain.resource.ToolId;

/** Reads one tool of the active workspace; needs {@code tools.read}. */
public interface GetToolQuery {

    Tool get(WorkspaceRequest request, ToolId id);
}
