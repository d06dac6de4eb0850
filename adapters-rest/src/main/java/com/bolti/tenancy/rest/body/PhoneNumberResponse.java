package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.resource.PhoneNumber;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A phone number as the API shows it; {@code createdAt} is the time of purchase. */
public record PhoneNumberResponse(UUID id, UUID workspaceId, String e164, String status,
        @JsonInclude(JsonInclude.Include.ALWAYS) UUID agentId, Instant createdAt, Instant updatedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant releasedAt) {

    public static PhoneNumberResponse of(PhoneNumber number) {
        return new PhoneNumberResponse(number.id().value(), number.scope().workspaceId().value(),
                number.e164().value(), number.status().name(),
                number.agentId() == null ? null : number.agentId().value(),
                number.createdAt(), number.updatedAt(), number.releasedAt());
    }
}
