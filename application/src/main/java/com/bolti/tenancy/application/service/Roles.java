package com.bolti.tenancy.application.service;

import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.bolti.tenancy.domain.error.InvalidRoleException;

/** Strict parsing of role names sent by clients: exact upper-case strings, nothing else. */
final class Roles {

    private Roles() {
    }

    /** Parses an organization role that may be assigned directly: ADMIN, BILLING or MEMBER. */
    static OrganizationRole assignableOrganizationRole(Object value) {
        OrganizationRole role = value instanceof String text ? OrganizationRole.fromName(text) : null;
        if (role == null || role == OrganizationRole.OWNER) {
            throw new InvalidRoleException("role", value, "ADMIN, BILLING or MEMBER");
        }
        return role;
    }

    static WorkspaceRole workspaceRole(String field, Object value) {
        WorkspaceRole role = value instanceof String text ? WorkspaceRole.fromName(text) : null;
        if (role == null) {
            throw new InvalidRoleException(field, value, "ADMIN, EDITOR or VIEWER");
        }
        return role;
    }
}
