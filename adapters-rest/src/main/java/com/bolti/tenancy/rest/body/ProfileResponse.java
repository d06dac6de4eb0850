package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.in.GetProfileQuery;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/** The caller, their organizations, and per organization the workspaces they can act in. */
public record ProfileResponse(UserResponse user, List<OrganizationEntry> organizations) {

    /** One organization of the caller. */
    public record OrganizationEntry(OrganizationResponse organization, String role,
            @JsonInclude(JsonInclude.Include.ALWAYS) UUID defaultWorkspaceId,
            List<WorkspaceEntry> workspaces) {
    }

    /** One workspace with the caller's workspace role (null for an owner without one). */
    public record WorkspaceEntry(WorkspaceResponse workspace,
            @JsonInclude(JsonInclude.Include.ALWAYS) String role, List<String> capabilities) {

        public static WorkspaceEntry of(VisibleWorkspace visible) {
            WorkspaceRole role = visible.access().workspaceRole();
            return new WorkspaceEntry(WorkspaceResponse.of(visible.workspace()),
                    role == null ? null : role.name(),
                    visible.access().allowed().stream().map(Capability::wireName).toList());
        }
    }

    public static ProfileResponse of(GetProfileQuery.Profile profile) {
        List<OrganizationEntry> organizations = profile.organizations().stream()
                .map(entry -> new OrganizationEntry(
                        OrganizationResponse.of(entry.organization().organization()),
                        entry.organization().role().name(),
                        entry.defaultWorkspaceId() == null ? null : entry.defaultWorkspaceId().value(),
                        entry.workspaces().stream().map(WorkspaceEntry::of).toList()))
                .toList();
        return new ProfileResponse(UserResponse.of(profile.user()), organizations);
    }
}
