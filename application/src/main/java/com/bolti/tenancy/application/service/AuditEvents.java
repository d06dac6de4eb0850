package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.out.AuditEvent;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.UuidV7;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Writes audit events with fresh ids, inside the caller's transaction. */
final class AuditEvents {

    private final AuditTrail trail;
    private final Clock clock;

    AuditEvents(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    void record(UserId actor, OrganizationId organizationId, Instant now, String action, String targetType,
            UUID targetId, Map<String, String> details) {
        trail.record(new AuditEvent(UuidV7.next(clock), organizationId, now, actor, action, targetType, targetId,
                details));
    }
}
