package com.bolti.tenancy.domain.error;

/** Ownership transfer to the member who already owns the organization. */
public class AlreadyOwnerException extends TenancyException {

    public AlreadyOwnerException(Object userId) {
        super("user " + userId + " already owns this organization; name another member to transfer ownership to");
    }

    @Override
    public String code() {
        return "member.already_owner";
    }
}
