package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.resource.CallLog;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A call log as the API shows it; absent references and recording are null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CallLogResponse(UUID id, UUID workspaceId, UUID agentId, UUID phoneNumberId, String direction,
        Instant startedAt, long durationSeconds, String recordingUrl, Instant createdAt) {

    public static CallLogResponse of(CallLog callLog) {
        return new CallLogResponse(callLog.id().value(), callLog.scope().workspaceId().value(),
                callLog.agentId() == null ? null : callLog.agentId().value(),
                callLog.phoneNumberId() == null ? null : callLog.phoneNumberId().value(),
                callLog.direction().name(), callLog.startedAt(), callLog.durationSeconds(),
                callLog.recordingUrl() == null ? null : callLog.recordingUrl().value(), callLog.createdAt());
    }
}
