package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.domain.model.User;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.util.List;

/** Returns the caller with every organization they belong to and the workspaces they can act in. */
public interface GetProfileQuery {

    /**
     * @param defaultWorkspaceId the first workspace by creation time the user can act in, or
     *                           {@code null} when there is none
     */
    record OrganizationEntry(MemberOrganization organization, WorkspaceId defaultWorkspaceId,
            List<VisibleWorkspace> workspaces) {
    }

    record Profile(User user, List<OrganizationEntry> organizations) {
    }

    Profile get(UserId actor);
}
