package com.bolti.tenancy.domain.error;

/** No phone number with this id exists in the active workspace. */
public class PhoneNumberNotFoundException extends TenancyException {

    public PhoneNumberNotFoundException(Object id) {
        super("phone number " + id + " was not found in this workspace");
    }

    @Override
    public String code() {
        return "phone_number.not_found";
    }
}
