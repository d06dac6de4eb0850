package com.bolti.tenancy.domain.access;

import java.util.EnumSet;
import java.util.Set;

/** Role of a member in an organization; exactly one member holds {@code OWNER}. */
public enum OrganizationRole {
    OWNER(EnumSet.allOf(OrganizationPower.class)),
    ADMIN(EnumSet.of(
            OrganizationPower.READ,
            OrganizationPower.UPDATE,
            OrganizationPower.MANAGE_MEMBERS,
            OrganizationPower.MANAGE_WORKSPACES,
            OrganizationPower.READ_BILLING)),
    BILLING(EnumSet.of(
            OrganizationPower.READ,
            OrganizationPower.READ_BILLING,
            OrganizationPower.MANAGE_BILLING)),
    MEMBER(EnumSet.of(OrganizationPower.READ));

    private final Set<OrganizationPower> powers;

    OrganizationRole(Set<OrganizationPower> powers) {
        this.powers = powers;
    }

    /** Tells whether this role carries {@code power}. */
    public boolean allows(OrganizationPower power) {
        return powers.contains(power);
    }

    /** Parses an exact upper-case role name; returns {@code null} for anything else. */
    public static OrganizationRole fromName(String value) {
        for (OrganizationRole role : values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }
}
