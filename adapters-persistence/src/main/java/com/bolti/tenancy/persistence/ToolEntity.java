package com.bolti.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code tools}. */
@Entity
@Table(name = "tools")
public class ToolEntity extends ScopedEntity {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    /** Text of a JSON object, kept byte for byte. */
    @Column(nullable = false)
    public String config;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
