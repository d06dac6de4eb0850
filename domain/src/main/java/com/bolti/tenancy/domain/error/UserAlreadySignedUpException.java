package com.bolti.tenancy.domain.error;

/** The caller has signed up before; a second signup would create a second organization. */
public class UserAlreadySignedUpException extends TenancyException {

    public UserAlreadySignedUpException() {
        super("this user has already signed up; create further organizations with"
                + " POST /v1/organizations");
    }

    @Override
    public String code() {
        return "user.already_signed_up";
    }
}
