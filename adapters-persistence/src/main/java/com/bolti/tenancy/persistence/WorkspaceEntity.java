package com.bolti.tenancy.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code workspaces}. */
@Entity
@Table(name = "workspaces")
public class WorkspaceEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String slug;

    /** Text of a JSON object, kept byte for byte. */
    @Column(nullable = false)
    public String settings;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Incremented by each update statement of the adapter; exposed as the ETag. */
    @Column(nullable = false)
    public long version;
}
