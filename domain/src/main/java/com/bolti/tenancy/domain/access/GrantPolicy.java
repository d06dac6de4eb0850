package com.bolti.tenancy.domain.access;

import com.bolti.tenancy.domain.error.PermissionEscalationException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Anti-escalation rule for workspace membership changes: whoever changes a membership may only
 * add capabilities that they hold themselves. The organization's owner and admins act with
 * the organization's authority and may grant any workspace role.
 */
public final class GrantPolicy {

    private GrantPolicy() {
    }

    /**
     * Checks a change of a member's access from {@code before} to {@code after} made by
     * {@code granter}; throws {@link PermissionEscalationException} listing what the granter
     * lacks.
     */
    public static void check(WorkspaceAccess granter, WorkspaceAccess before, WorkspaceAccess after) {
        if (granter.hasOrganizationPower(OrganizationPower.MANAGE_WORKSPACES)) {
            return;
        }
        Set<Capability> added = EnumSet.noneOf(Capability.class);
        added.addAll(after.allowed());
        added.removeAll(before.allowed());
        added.removeAll(granter.allowed());
        if (!added.isEmpty()) {
            throw new PermissionEscalationException(added.stream().map(Capability::wireName).toList());
        }
    }
}
