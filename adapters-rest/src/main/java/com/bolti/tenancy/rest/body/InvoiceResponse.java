package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.billing.Invoice;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** An invoice as the API shows it; {@code issuedAt} is null for a draft. */
public record InvoiceResponse(UUID id, String number, String status, MoneyBody total, Instant periodStart,
        Instant periodEnd, @JsonInclude(JsonInclude.Include.ALWAYS) Instant issuedAt, Instant createdAt) {

    public static InvoiceResponse of(Invoice invoice) {
        return new InvoiceResponse(invoice.id(), invoice.number(), invoice.status().wireName(),
                MoneyBody.of(invoice.total()), invoice.periodStart(), invoice.periodEnd(), invoice.issuedAt(),
                invoice.createdAt());
    }
}
