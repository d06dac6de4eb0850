package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.WorkspaceMember;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.util.Map;

/** Adds an organization member to a workspace, or changes their role and overrides there. */
public interface SetWorkspaceMemberUseCase {

    /**
     * @param role        the workspace role name as sent
     * @param permissions overrides by capability name; {@code null} or empty means none
     */
    record SetWorkspaceMemberCommand(UserId actor, WorkspaceId workspaceId, UserId member, Object role,
            Map<String, Boolean> permissions) {
    }

    /** @param created {@code true} when the membership is new */
    record Result(WorkspaceMember member, boolean created) {
    }

    Result set(SetWorkspaceMemberCommand command);
}
