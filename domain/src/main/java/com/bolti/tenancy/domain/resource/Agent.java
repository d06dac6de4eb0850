package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Voice agent of a workspace, with the tools and knowledge bases of the same workspace that it
 * uses.
 *
 * @param phoneNumberId the number linked to the agent, or {@code null}; the link itself is
 *                      stored on the phone number, so both sides always agree
 */
public record Agent(AgentId id, WorkspaceScope scope, Name name, Tags tags, JsonObjectDocument config,
        List<ToolId> toolIds, List<KnowledgeBaseId> knowledgeBaseIds, PhoneNumberId phoneNumberId,
        Instant createdAt, Instant updatedAt) {

    public Agent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(config, "config");
        toolIds = List.copyOf(toolIds);
        knowledgeBaseIds = List.copyOf(knowledgeBaseIds);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Creates a new agent without a phone number; linking one is a separate step. */
    public static Agent create(AgentId id, WorkspaceScope scope, Name name, Tags tags, JsonObjectDocument config,
            List<ToolId> toolIds, List<KnowledgeBaseId> knowledgeBaseIds, Instant now) {
        return new Agent(id, scope, name, tags, config, toolIds, knowledgeBaseIds, null, now, now);
    }

    /** Returns the agent with the given fields replaced; a {@code null} argument keeps the current value. */
    public Agent revise(Name newName, Tags newTags, JsonObjectDocument newConfig, List<ToolId> newToolIds,
            List<KnowledgeBaseId> newKnowledgeBaseIds, Instant now) {
        return new Agent(id, scope,
                newName == null ? name : newName,
                newTags == null ? tags : newTags,
                newConfig == null ? config : newConfig,
                newToolIds == null ? toolIds : newToolIds,
                newKnowledgeBaseIds == null ? knowledgeBaseIds : newKnowledgeBaseIds,
                phoneNumberId, createdAt, now);
    }
}
