package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.error.InvalidValueException;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import java.time.Instant;
import java.util.Objects;

/**
 * Record of one call, written by the call runtime and never changed afterwards.
 *
 * @param agentId         the agent on the call, or {@code null}; cleared when the agent is deleted
 * @param phoneNumberId   the workspace's number used, or {@code null}
 * @param durationSeconds whole seconds from start to hang-up, 0 or more
 * @param recordingUrl    where the recording is kept, or {@code null}
 */
public record CallLog(CallLogId id, WorkspaceScope scope, AgentId agentId, PhoneNumberId phoneNumberId,
        CallDirection direction, Instant startedAt, long durationSeconds, RecordingUrl recordingUrl,
        Instant createdAt) {

    /** Maximum call duration, the largest value of a PostgreSQL {@code integer}. */
    public static final long MAX_DURATION_SECONDS = Integer.MAX_VALUE;

    public CallLog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        checkDuration(durationSeconds);
    }

    /** Throws {@link InvalidValueException} unless the duration is from 0 to {@link #MAX_DURATION_SECONDS}. */
    public static void checkDuration(long durationSeconds) {
        if (durationSeconds < 0 || durationSeconds > MAX_DURATION_SECONDS) {
            throw new InvalidValueException("durationSeconds", "must be a whole number from 0 to "
                    + MAX_DURATION_SECONDS);
        }
    }
}
