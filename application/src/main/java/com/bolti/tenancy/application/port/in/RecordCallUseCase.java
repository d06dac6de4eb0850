package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.resource.CallLog;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a call log for the call runtime. The caller is a service whose token carries the
 * {@code calls:write} scope, checked at the edge, so no user capability is involved.
 */
public interface RecordCallUseCase {

    /**
     * @param agentId       an agent of the same workspace, or {@code null}
     * @param phoneNumberId a phone number of the same workspace, or {@code null}
     * @param direction     the direction as sent, validated by the use case
     * @param recordingUrl  an https URL, or {@code null}
     */
    record RecordCallCommand(WorkspaceId workspaceId, UUID agentId, UUID phoneNumberId, Object direction,
            Instant startedAt, long durationSeconds, String recordingUrl) {
    }

    CallLog record(RecordCallCommand command);
}
