package com.bolti.tenancy.domain.error;

/** The phone number was released, so it can be neither assigned nor released again. */
public class PhoneNumberReleasedException extends TenancyException {

    public PhoneNumberReleasedException(Object id, String e164) {
        super("phone number " + id + " (" + e164 + ") was released; purchase the number again to use it");
    }

    @Override
    public String code() {
        return "phone_number.released";
    }
}
