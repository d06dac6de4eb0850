package com.bolti.tenancy.domain.access;

/** Action at the organization level, granted by organization roles. */
public enum OrganizationPower {
    /** Read the organization and list one's own workspaces. */
    READ("organization.read"),
    /** Update name, slug, logo and settings. */
    UPDATE("organization.update"),
    /** List and manage organization members and invitations. */
    MANAGE_MEMBERS("organization.members.manage"),
    /** Create and delete workspaces, and manage the members of any workspace. */
    MANAGE_WORKSPACES("organization.workspaces.manage"),
    /** Read plan, credit, ledger, invoices and payment methods. */
    READ_BILLING("organization.billing.read"),
    /** Change plan and payment methods, top up credit. */
    MANAGE_BILLING("organization.billing.manage"),
    /** Transfer ownership and delete the organization. */
    OWN("organization.own");

    private final String wireName;

    OrganizationPower(String wireName) {
        this.wireName = wireName;
    }

    /** Returns the name reported when a caller lacks this power. */
    public String wireName() {
        return wireName;
    }
}
