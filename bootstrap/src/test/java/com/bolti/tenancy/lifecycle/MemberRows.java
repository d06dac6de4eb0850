package com.bolti.tenancy.lifecycle;

import com.bolti.tenancy.test.Rows;
import java.util.List;

/** Queries on organization membership and audit rows, straight from the database. */
final class MemberRows {

    private MemberRows() {
    }

    /** Returns the user ids that hold {@code OWNER} in the organization. */
    static List<String> owners(String organizationId) {
        return Rows.column("SELECT user_id FROM organization_members WHERE organization_id = ?::uuid AND role = 'OWNER'",
                organizationId);
    }

    /** Returns the user's organization role, or {@code null} when they are not a member. */
    static String role(String organizationId, String userId) {
        List<String> roles = Rows.column(
                "SELECT role FROM organization_members WHERE organization_id = ?::uuid AND user_id = ?::uuid",
                organizationId, userId);
        return roles.isEmpty() ? null : roles.get(0);
    }

    /** Counts the audit events of the organization with this action. */
    static long auditEvents(String organizationId, String action) {
        return Rows.number("SELECT count(*) FROM audit_events WHERE organization_id = ?::uuid AND action = ?",
                organizationId, action);
    }
}
