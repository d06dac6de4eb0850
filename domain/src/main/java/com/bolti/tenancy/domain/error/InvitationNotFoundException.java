package com.bolti.tenancy.domain.error;

/** No pending invitation matches: unknown, revoked or already used. */
public class InvitationNotFoundException extends TenancyException {

    public InvitationNotFoundException() {
        super("no pending invitation matches; it may have been revoked or already used");
    }

    @Override
    public String code() {
        return "invitation.not_found";
    }
}
