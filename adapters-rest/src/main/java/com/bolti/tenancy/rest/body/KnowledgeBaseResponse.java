package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.resource.KnowledgeBase;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A knowledge base as the API shows it; {@code description} is null when there is none. */
public record KnowledgeBaseResponse(UUID id, UUID workspaceId, String name,
        @JsonInclude(JsonInclude.Include.ALWAYS) String description, Instant createdAt, Instant updatedAt) {

    public static KnowledgeBaseResponse of(KnowledgeBase knowledgeBase) {
        return new KnowledgeBaseResponse(knowledgeBase.id().value(), knowledgeBase.scope().workspaceId().value(),
                knowledgeBase.name().value(),
                knowledgeBase.description() == null ? null : knowledgeBase.description().value(),
                knowledgeBase.createdAt(), knowledgeBase.updatedAt());
    }
}
