package com.bolti.tenancy.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code payment_methods}. */
@Entity
@Table(name = "payment_methods")
public class PaymentMethodEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "processor_token", nullable = false)
    public String processorToken;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String last4;

    @Column(name = "exp_month", nullable = false)
    public int expMonth;

    @Column(name = "exp_year", nullable = false)
    public int expYear;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "removed_at")
    public Instant removedAt;
}
