package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.resource.Agent;
import com.bolti.tenancy.domain.resource.KnowledgeBaseId;
import com.bolti.tenancy.domain.resource.ToolId;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An agent as the API shows it; {@code config} is the stored JSON object as is. */
public record AgentResponse(UUID id, UUID workspaceId, String name, List<String> tags, @JsonRawValue String config,
        List<UUID> toolIds, List<UUID> knowledgeBaseIds, @JsonInclude(JsonInclude.Include.ALWAYS) UUID phoneNumberId,
        Instant createdAt, Instant updatedAt) {

    public static AgentResponse of(Agent agent) {
        return new AgentResponse(agent.id().value(), agent.scope().workspaceId().value(), agent.name().value(),
                agent.tags().values(), agent.config().json(), agent.toolIds().stream().map(ToolId::value).toList(),
                agent.knowledgeBaseIds().stream().map(KnowledgeBaseId::value).toList(),
                agent.phoneNumberId() == null ? null : agent.phoneNumberId().value(),
                agent.createdAt(), agent.updatedAt());
    }
}
