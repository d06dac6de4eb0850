package com.bolti.tenancy.domain.error;

/** A permission override names a capability that does not exist. */
public class UnknownPermissionException extends TenancyException {

    public UnknownPermissionException(String capability) {
        super("'" + capability + "' is not a workspace capability");
    }

    @Override
    public String code() {
        return "permission.unknown";
    }
}
