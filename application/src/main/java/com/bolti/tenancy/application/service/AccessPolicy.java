package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.access.OrganizationPower;
import com.bolti.tenancy.domain.error.AccessDeniedException;
import com.bolti.tenancy.domain.error.WorkspaceNotFoundException;

/** Checks that a caller may act, before a use case does anything. */
final class AccessPolicy {

    private AccessPolicy() {
    }

    /** Requires an organization power; the caller is already known to be a member. */
    static void require(MemberOrganization organization, OrganizationPower power) {
        if (!organization.role().allows(power)) {
            throw new AccessDeniedException(power.wireName());
        }
    }

    /**
     * Requires that the caller may see the workspace at all: a capability there, or the
     * organization's owner or admin role. Anybody else learns nothing of it.
     */
    static void requireVisible(VisibleWorkspace workspace) {
        boolean organizationManager =
                workspace.access().hasOrganizationPower(OrganizationPower.MANAGE_WORKSPACES);
        if (!organizationManager && !workspace.access().canAct()) {
            throw new WorkspaceNotFoundException(workspace.workspace().id().value());
        }
    }

    /** Requires a workspace capability from a caller who can see the workspace. */
    static void require(VisibleWorkspace workspace, Capability capability) {
        requireVisible(workspace);
        if (!workspace.access().allows(capability)) {
            throw new AccessDeniedException(capability.wireName());
        }
    }
}
