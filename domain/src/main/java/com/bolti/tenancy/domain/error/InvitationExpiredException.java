package com.bolti.tenancy.domain.error;

import java.time.Instant;

/** The invitation is past its expiry; ask for a new one. */
public class InvitationExpiredException extends TenancyException {

    public InvitationExpiredException(Instant expiredAt) {
        super("the invitation expired at " + expiredAt + "; ask an organization admin for a new one");
    }

    @Override
    public String code() {
        return "invitation.expired";
    }
}
