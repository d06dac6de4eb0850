package com.bolti.tenancy.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code credit_ledger_entries}; rows are inserted, never changed. */
@Entity
@Table(name = "credit_ledger_entries")
public class LedgerEntryEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false)
    public String currency;

    @Column(name = "payment_method_id")
    public UUID paymentMethodId;

    @Column(name = "actor_user_id")
    public UUID actorUserId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
