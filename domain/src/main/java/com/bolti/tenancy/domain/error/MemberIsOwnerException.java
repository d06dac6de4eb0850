package com.bolti.tenancy.domain.error;

/** The action would leave the organization without its owner; transfer ownership first. */
public class MemberIsOwnerException extends TenancyException {

    public MemberIsOwnerException(Object userId) {
        super("user " + userId + " owns the organization; the owner cannot be demoted, removed or leave."
                + " Transfer ownership first");
    }

    @Override
    public String code() {
        return "member.is_owner";
    }
}
