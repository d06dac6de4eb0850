package com.bolti.tenancy.domain.error;

/** The invited or accepting user already belongs to the organization. */
public class AlreadyMemberException extends TenancyException {

    public AlreadyMemberException(String who) {
        super(who + " is already a member of this organization");
    }

    @Override
    public String code() {
        return "member.already_in_organization";
    }
}
