package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.WorkspaceContents;
import com.bolti.tenancy.domain.model.Workspace;
import java.util.List;

/**
 * Rows and phone numbers that deleting a workspace would remove or release.
 *
 * @param members      workspace memberships
 * @param invitations  pending, unexpired invitations that grant a role in the workspace
 * @param phoneNumbers E.164 numbers of the workspace's {@code ACTIVE} phone numbers
 */
public record WorkspaceFootprint(Workspace workspace, WorkspaceContents.Counts contents, long members,
        long invitations, List<String> phoneNumbers) {

    public WorkspaceFootprint {
        phoneNumbers = List.copyOf(phoneNumbers);
    }
}
