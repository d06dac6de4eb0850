package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.WorkspaceFootprint;
import com.bolti.tenancy.application.port.out.InvitationRepository;
import com.bolti.tenancy.application.port.out.WorkspaceContents;
import com.bolti.tenancy.application.port.out.WorkspaceMembers;
import com.bolti.tenancy.domain.model.Workspace;
import java.time.Instant;

/** Counts what deleting a workspace would remove, for workspace and organization deletion previews. */
final class WorkspaceFootprints {

    private final WorkspaceMembers workspaceMembers;
    private final InvitationRepository invitations;
    private final WorkspaceContents contents;

    WorkspaceFootprints(WorkspaceMembers workspaceMembers, InvitationRepository invitations,
            WorkspaceContents contents) {
        this.workspaceMembers = workspaceMembers;
        this.invitations = invitations;
        this.contents = contents;
    }

    WorkspaceFootprint of(Workspace workspace, Instant now) {
        return new WorkspaceFootprint(workspace, contents.count(workspace.id()),
                workspaceMembers.count(workspace.id()),
                invitations.countPendingNaming(workspace.id(), now),
                contents.activePhoneNumbers(workspace.id()));
    }
}
