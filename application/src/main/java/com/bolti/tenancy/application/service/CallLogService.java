package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.GetCallLogQuery;
import com.bolti.tenancy.application.port.in.ListCallLogsQuery;
import com.bolti.tenancy.application.port.in.RecordCallUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.application.port.out.CallLogRepository;
import com.bolti.tenancy.application.port.out.ResourceReferences;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.error.CallLogNotFoundException;
import com.bolti.tenancy.domain.error.WorkspaceNotFoundException;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UuidV7;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.AgentId;
import com.bolti.tenancy.domain.resource.CallDirection;
import com.bolti.tenancy.domain.resource.CallLog;
import com.bolti.tenancy.domain.resource.CallLogId;
import com.bolti.tenancy.domain.resource.PhoneNumberId;
import com.bolti.tenancy.domain.resource.RecordingUrl;
import com.bolti.tenancy.domain.resource.ResourceType;
import java.time.Clock;
import java.util.Objects;

/** Use cases on call logs: list and read for users, record for the call runtime. */
public final class CallLogService implements ListCallLogsQuery, GetCallLogQuery, RecordCallUseCase {

    private final UnitOfWork unitOfWork;
    private final ActiveWorkspaces activeWorkspaces;
    private final CallLogRepository callLogs;
    private final ResourceReferences resourceReferences;
    private final ReferenceCheck references;
    private final Clock clock;

    public CallLogService(UnitOfWork unitOfWork, WorkspaceRepository workspaces, CallLogRepository callLogs,
            ResourceReferences references, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.activeWorkspaces = new ActiveWorkspaces(workspaces);
        this.callLogs = callLogs;
        this.resourceReferences = references;
        this.references = new ReferenceCheck(references);
        this.clock = clock;
    }

    @Override
    public Page<CallLog> list(WorkspaceRequest request, PageRequest page) {
        return unitOfWork.inTransaction(() ->
                callLogs.list(activeWorkspaces.require(request, Capability.CONVERSATIONS_READ), page));
    }

    @Override
    public CallLog get(WorkspaceRequest request, CallLogId id) {
        return unitOfWork.inTransaction(() ->
                callLogs.find(activeWorkspaces.require(request, Capability.CONVERSATIONS_READ), id)
                        .orElseThrow(() -> new CallLogNotFoundException(id.value())));
    }

    @Override
    public CallLog record(RecordCallCommand command) {
        CallDirection direction = CallDirection.parse(command.direction());
        Objects.requireNonNull(command.startedAt(), "startedAt");
        CallLog.checkDuration(command.durationSeconds());
        RecordingUrl recordingUrl = command.recordingUrl() == null ? null : new RecordingUrl(command.recordingUrl());

        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = resourceReferences.scopeOf(command.workspaceId())
                    .orElseThrow(() -> new WorkspaceNotFoundException(command.workspaceId().value()));
            references.require(scope, ResourceType.AGENT, "agentId", command.agentId());
            references.require(scope, ResourceType.PHONE_NUMBER, "phoneNumberId", command.phoneNumberId());

            CallLog callLog = new CallLog(new CallLogId(UuidV7.next(clock)), scope,
                    command.agentId() == null ? null : new AgentId(command.agentId()),
                    command.phoneNumberId() == null ? null : new PhoneNumberId(command.phoneNumberId()),
                    direction, command.startedAt(), command.durationSeconds(), recordingUrl, Times.now(clock));
            callLogs.add(callLog);
            return callLog;
        });
    }
}
