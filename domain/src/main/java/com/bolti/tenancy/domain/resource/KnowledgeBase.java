package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import java.time.Instant;
import java.util.Objects;

/**
 * Collection of documents that the agents of a workspace use to answer callers.
 *
 * @param description free text, or {@code null}
 */
public record KnowledgeBase(KnowledgeBaseId id, WorkspaceScope scope, Name name, Description description,
        Instant createdAt, Instant updatedAt) {

    public KnowledgeBase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static KnowledgeBase create(KnowledgeBaseId id, WorkspaceScope scope, Name name, Description description,
            Instant now) {
        return new KnowledgeBase(id, scope, name, description, now, now);
    }

    public KnowledgeBase rename(Name newName, Instant now) {
        return new KnowledgeBase(id, scope, newName, description, createdAt, now);
    }

    /** Returns the knowledge base with a new description; {@code null} removes it. */
    public KnowledgeBase describe(Description newDescription, Instant now) {
        return new KnowledgeBase(id, scope, name, newDescription, createdAt, now);
    }
}
