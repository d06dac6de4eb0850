package com.bolti.tenancy.domain.access;

/** Reason a capability is allowed or denied for one user in one workspace. */
public enum CapabilitySource {
    ORGANIZATION_OWNER,
    ROLE_DEFAULT,
    OVERRIDE_GRANT,
    OVERRIDE_REVOKE,
    NO_MEMBERSHIP
}
