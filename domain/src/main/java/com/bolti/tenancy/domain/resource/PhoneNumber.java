package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.error.PhoneNumberReleasedException;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import java.time.Instant;
import java.util.Objects;

/**
 * One purchase of a phone number by a workspace. While {@code ACTIVE} no other workspace can
 * hold the same number; once released it stays listed but can be neither assigned nor
 * released again.
 *
 * @param agentId    the agent that takes and places calls on this number, or {@code null}
 * @param releasedAt when the number was released, or {@code null} while active
 */
public record PhoneNumber(PhoneNumberId id, WorkspaceScope scope, E164 e164, PhoneNumberStatus status,
        AgentId agentId, Instant createdAt, Instant updatedAt, Instant releasedAt) {

    public PhoneNumber {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(e164, "e164");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (status == PhoneNumberStatus.RELEASED && agentId != null) {
            throw new IllegalArgumentException("a released number has no agent");
        }
    }

    /** Creates a newly purchased, unassigned number. */
    public static PhoneNumber purchase(PhoneNumberId id, WorkspaceScope scope, E164 e164, Instant now) {
        return new PhoneNumber(id, scope, e164, PhoneNumberStatus.ACTIVE, null, now, now, null);
    }

    /** Throws {@link PhoneNumberReleasedException} unless the number is active. */
    public void requireActive() {
        if (status != PhoneNumberStatus.ACTIVE) {
            throw new PhoneNumberReleasedException(id.value(), e164.value());
        }
    }

    /** Returns the number linked to {@code agent}, or unassigned for {@code null}; it must be active. */
    public PhoneNumber assignTo(AgentId agent, Instant now) {
        requireActive();
        return new PhoneNumber(id, scope, e164, status, agent, createdAt, now, releasedAt);
    }

    /** Returns the released number, without its agent; releasing twice is rejected. */
    public PhoneNumber release(Instant now) {
        requireActive();
        return new PhoneNumber(id, scope, e164, PhoneNumberStatus.RELEASED, null, createdAt, now, now);
    }
}
