package com.bolti.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code knowledge_bases}. */
@Entity
@Table(name = "knowledge_bases")
public class KnowledgeBaseEntity extends ScopedEntity {

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
