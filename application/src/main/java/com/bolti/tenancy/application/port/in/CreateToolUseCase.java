package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.Tool;

/** Creates a tool in the active workspace; needs {@code tools.create}. */
public interface CreateToolUseCase {

    /**
     * @param kind       the kind as sent, validated by the use case
     * @param configJson the text of a JSON object, or {@code null} for {@code {}}
     */
    record CreateToolCommand(WorkspaceRequest request, String name, Object kind, String configJson) {
    }

    Tool create(CreateToolCommand command);
}
