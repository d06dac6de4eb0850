package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Record of one change in an organization: who did what to which target.
 *
 * @param action  dotted verb such as {@code organization.slug_changed}
 * @param details small string values describing the change, for example old and new slug
 */
public record AuditEvent(UUID id, OrganizationId organizationId, Instant occurredAt,
        UserId actor, String action, String targetType, UUID targetId, Map<String, String> details) {

    public AuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
