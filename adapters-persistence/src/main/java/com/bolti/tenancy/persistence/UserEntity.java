package com.bolti.tenancy.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code users}. */
@Entity
@Table(name = "users")
public class UserEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String subject;

    public String email;

    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "signed_up_at")
    public Instant signedUpAt;
}
