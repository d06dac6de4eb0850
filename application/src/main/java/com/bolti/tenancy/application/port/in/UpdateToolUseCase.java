package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.Tool;
import com.bolti.tenancy.domain.resource.ToolId;

/** Changes name, kind or config of a tool of the active workspace; needs {@code tools.update}. */
public interface UpdateToolUseCase {

    /** Each field is absent to keep it; {@code config} replaces the stored object as a whole. */
    record UpdateToolCommand(WorkspaceRequest request, ToolId id, FieldUpdate<String> name,
            FieldUpdate<Object> kind, FieldUpdate<String> configJson) {
    }

    Tool update(UpdateToolCommand command);
}
