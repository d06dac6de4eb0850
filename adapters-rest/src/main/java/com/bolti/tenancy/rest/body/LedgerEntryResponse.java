package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.billing.LedgerEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** One entry of the credit ledger; a positive amount adds credit. */
public record LedgerEntryResponse(UUID id, String kind, MoneyBody amount,
        @JsonInclude(JsonInclude.Include.ALWAYS) UUID paymentMethodId,
        @JsonInclude(JsonInclude.Include.ALWAYS) UUID actorUserId, Instant createdAt) {

    public static LedgerEntryResponse of(LedgerEntry entry) {
        return new LedgerEntryResponse(entry.id(), entry.kind().wireName(), MoneyBody.of(entry.amount()),
                entry.paymentMethodId() == null ? null : entry.paymentMethodId().value(),
                entry.actor() == null ? null : entry.actor().value(), entry.createdAt());
    }
}
