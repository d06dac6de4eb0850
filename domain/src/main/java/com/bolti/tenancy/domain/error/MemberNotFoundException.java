package com.bolti.tenancy.domain.error;

/** The user is not a member of the organization or workspace named in the path. */
public class MemberNotFoundException extends TenancyException {

    public MemberNotFoundException(Object userId, String scope) {
        super("user " + userId + " is not a member of this " + scope);
    }

    @Override
    public String code() {
        return "member.not_found";
    }
}
