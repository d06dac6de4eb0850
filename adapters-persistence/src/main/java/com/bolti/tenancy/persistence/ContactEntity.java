package com.bolti.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code contacts}. */
@Entity
@Table(name = "contacts")
public class ContactEntity extends ScopedEntity {

    @Column(nullable = false)
    public String name;

    @Column(name = "phone_number", nullable = false)
    public String phoneNumber;

    /** Text of a JSON object, kept byte for byte. */
    @Column(nullable = false)
    public String attributes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
