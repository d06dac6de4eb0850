package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.CallLog;
import com.bolti.tenancy.domain.resource.CallLogId;

/** Reads one call log of the active workspace; needs {@code conversations.read}. */
public interface GetCallLogQuery {

    CallLog get(WorkspaceRequest request, CallLogId id);
}
