package com.bolti.tenancy.domain.billing;

import com.bolti.tenancy.domain.model.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A bill for one period of an organization's plan and usage. This service only lists
 * invoices; whatever issues them writes them.
 *
 * @param number   the number printed on the invoice, unique within the organization
 * @param issuedAt when the invoice was sent, or {@code null} for a draft
 */
public record Invoice(UUID id, OrganizationId organizationId, String number, InvoiceStatus status, Money total,
        Instant periodStart, Instant periodEnd, Instant issuedAt, Instant createdAt) {

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
