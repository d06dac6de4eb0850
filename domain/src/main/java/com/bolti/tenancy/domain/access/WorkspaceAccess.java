package com.bolti.tenancy.domain.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one user may do in one workspace, from their organization role and their workspace
 * membership. This is the only place where effective capabilities are computed.
 *
 * @param organizationRole the user's role in the workspace's organization, or {@code null}
 * @param workspaceRole    the user's workspace role, or {@code null} without a membership
 * @param overrides        per-capability grants ({@code true}) and revokes ({@code false})
 */
public record WorkspaceAccess(
        OrganizationRole organizationRole,
        WorkspaceRole workspaceRole,
        Map<Capability, Boolean> overrides) {

    public WorkspaceAccess {
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        if (workspaceRole == null && !overrides.isEmpty()) {
            throw new IllegalArgumentException("overrides need a workspace role");
        }
    }

    /** Access of a user who is not a member of the organization at all. */
    public static WorkspaceAccess none() {
        return new WorkspaceAccess(null, null, Map.of());
    }

    /**
     * Resolves one capability: the organization owner holds all; otherwise a membership is
     * needed, its role gives the defaults and an override replaces the default.
     */
    public CapabilityGrant resolve(Capability capability) {
        Objects.requireNonNull(capability, "capability");
        if (organizationRole == OrganizationRole.OWNER) {
            return new CapabilityGrant(capability, true, CapabilitySource.ORGANIZATION_OWNER);
        }
        if (workspaceRole == null) {
            return new CapabilityGrant(capability, false, CapabilitySource.NO_MEMBERSHIP);
        }
        Boolean override = overrides.get(capability);
        if (override != null) {
            CapabilitySource source = override
                    ? CapabilitySource.OVERRIDE_GRANT
                    : CapabilitySource.OVERRIDE_REVOKE;
            return new CapabilityGrant(capability, override, source);
        }
        return new CapabilityGrant(
                capability, workspaceRole.defaults().contains(capability), CapabilitySource.ROLE_DEFAULT);
    }

    /** Tells whether the capability is allowed. */
    public boolean allows(Capability capability) {
        return resolve(capability).allowed();
    }

    /** Resolves every capability, in declaration order. */
    public Map<Capability, CapabilityGrant> resolveAll() {
        Map<Capability, CapabilityGrant> result = new EnumMap<>(Capability.class);
        for (Capability capability : Capability.values()) {
            result.put(capability, resolve(capability));
        }
        return result;
    }

    /** Returns the allowed capabilities. */
    public Set<Capability> allowed() {
        return resolveAll().values().stream()
                .filter(CapabilityGrant::allowed)
                .map(CapabilityGrant::capability)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Capability.class)));
    }

    /**
     * Tells whether the user can act in the workspace at all: the organization owner, or a
     * member who holds at least one capability there.
     */
    public boolean canAct() {
        return !allowed().isEmpty();
    }

    /** Tells whether the user holds {@code power} in the workspace's organization. */
    public boolean hasOrganizationPower(OrganizationPower power) {
        return organizationRole != null && organizationRole.allows(power);
    }
}
