package com.bolti.tenancy.domain.error;

/** The caller's email claim is not the address the invitation was sent to. */
public class InvitationEmailMismatchException extends TenancyException {

    public InvitationEmailMismatchException() {
        super("this invitation was sent to another email address; sign in with that address to accept it");
    }

    @Override
    public String code() {
        return "invitation.email_mismatch";
    }
}
