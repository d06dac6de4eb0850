package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.CallLog;
import com.bolti.tenancy.domain.resource.CallLogId;
import java.util.Optional;

/** Call logs of workspaces, written once by the call runtime; every lookup names the workspace scope. */
public interface CallLogRepository {

    void add(CallLog callLog);

    Optional<CallLog> find(WorkspaceScope scope, CallLogId id);

    /** Lists the workspace's call logs ordered by id, which is the order they were written in. */
    Page<CallLog> list(WorkspaceScope scope, PageRequest page);
}
