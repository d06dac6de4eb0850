package com.bolti.tenancy.domain.error;

import java.util.Collection;

/** The caller tried to grant capabilities that they do not hold themselves. */
public class PermissionEscalationException extends TenancyException {

    public PermissionEscalationException(Collection<String> capabilities) {
        super("you cannot grant capabilities you do not hold: " + String.join(", ", capabilities));
    }

    @Override
    public String code() {
        return "permission.escalation";
    }
}
