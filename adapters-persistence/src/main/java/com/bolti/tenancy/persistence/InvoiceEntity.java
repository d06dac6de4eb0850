package com.bolti.tenancy.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code invoices}. */
@Entity
@Table(name = "invoices")
public class InvoiceEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String status;

    @Column(name = "total_minor", nullable = false)
    public long totalMinor;

    @Column(nullable = false)
    public String currency;

    @Column(name = "period_start", nullable = false)
    public Instant periodStart;

    @Column(name = "period_end", nullable = false)
    public Instant periodEnd;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
