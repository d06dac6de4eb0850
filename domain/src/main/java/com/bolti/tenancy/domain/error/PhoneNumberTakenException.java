package com.bolti.tenancy.domain.error;

/** The number is active in a workspace, this one or another, and can be bought only after its release. */
public class PhoneNumberTakenException extends TenancyException {

    public PhoneNumberTakenException(String e164) {
        super("phone number " + e164 + " is already held by a workspace; choose another number");
    }

    @Override
    public String code() {
        return "phone_number.taken";
    }
}
