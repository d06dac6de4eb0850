package com.bolti.tenancy.domain.error;

/** The user named in the request is not a current member of the organization. */
public class MemberNotInOrganizationException extends TenancyException {

    public MemberNotInOrganizationException(Object userId) {
        super("user " + userId + " is not a member of this organization; invite them first");
    }

    @Override
    public String code() {
        return "member.not_in_organization";
    }
}
