package com.bolti.tenancy.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code invitations}. */
@Entity
@Table(name = "invitations")
public class InvitationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String role;

    /** SHA-256 of the token. */
    @Column(name = "token_hash", nullable = false)
    public byte[] tokenHash;

    @Column(name = "invited_by")
    public UUID invitedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public UUID acceptedBy;
}
