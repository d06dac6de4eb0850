package com.bolti.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code phone_numbers}; {@code agent_id} is the only record of an agent's number. */
@Entity
@Table(name = "phone_numbers")
public class PhoneNumberEntity extends ScopedEntity {

    @Column(nullable = false)
    public String e164;

    @Column(nullable = false)
    public String status;

    @Column(name = "agent_id")
    public UUID agentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "released_at")
    public Instant releasedAt;
}
