package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.resource.Tool;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/** A tool as the API shows it; {@code config} is the stored JSON object as is. */
public record ToolResponse(UUID id, UUID workspaceId, String name, String kind, @JsonRawValue String config,
        Instant createdAt, Instant updatedAt) {

    public static ToolResponse of(Tool tool) {
        return new ToolResponse(tool.id().value(), tool.scope().workspaceId().value(), tool.name().value(),
                tool.kind().name(), tool.config().json(), tool.createdAt(), tool.updatedAt());
    }
}
