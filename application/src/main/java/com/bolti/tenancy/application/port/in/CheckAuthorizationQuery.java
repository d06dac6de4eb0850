package com.bolti.tenancy.application.port.in;

import java.util.List;
import java.util.UUID;

/**
 * Tells other Bolti services whether users hold capabilities in workspaces, with the same
 * resolution the REST endpoints use.
 */
public interface CheckAuthorizationQuery {

    /** Most checks one call may ask. */
    int MAX_CHECKS = 100;

    /** @param capability the capability's wire name, validated by the query */
    record Check(UUID userId, UUID workspaceId, String capability) {
    }

    /** Returns one answer per check, in order; unknown users and workspaces are simply denied. */
    List<Boolean> check(List<Check> checks);
}
