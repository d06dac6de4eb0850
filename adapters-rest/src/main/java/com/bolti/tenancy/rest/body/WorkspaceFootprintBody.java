package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.in.WorkspaceFootprint;
import java.util.List;
import java.util.UUID;

/** Rows that deleting one workspace would remove, and the phone numbers it would release. */
public record WorkspaceFootprintBody(UUID workspaceId, String slug, Counts counts, List<String> phoneNumbers) {

    /**
     * Rows a workspace deletion removes: resources, workspace memberships, and pending
     * invitations that name the workspace (which lose only that workspace).
     */
    public record Counts(long agents, long tools, long knowledgeBases, long contacts, long callLogs, long members,
            long invitations) {
    }

    public static WorkspaceFootprintBody of(WorkspaceFootprint footprint) {
        var contents = footprint.contents();
        return new WorkspaceFootprintBody(footprint.workspace().id().value(), footprint.workspace().slug().value(),
                new Counts(contents.agents(), contents.tools(), contents.knowledgeBases(), contents.contacts(),
                        contents.callLogs(), footprint.members(), footprint.invitations()),
                footprint.phoneNumbers());
    }
}
