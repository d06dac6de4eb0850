package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.resource.CallLog;

/** Lists the call logs of the active workspace; needs {@code conversations.read}. */
public interface ListCallLogsQuery {

    Page<CallLog> list(WorkspaceRequest request, PageRequest page);
}
