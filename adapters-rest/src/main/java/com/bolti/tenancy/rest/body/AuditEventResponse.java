package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.out.AuditEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One audit event as the API shows it. */
public record AuditEventResponse(UUID id, Instant occurredAt, UUID actorUserId, String action,
        String targetType, UUID targetId, Map<String, String> details) {

    public static AuditEventResponse of(AuditEvent event) {
        return new AuditEventResponse(event.id(), event.occurredAt(),
                event.actor() == null ? null : event.actor().value(), event.action(), event.targetType(),
                event.targetId(), event.details());
    }
}
