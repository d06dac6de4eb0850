package com.bolti.tenancy.domain.error;

/** No contact with this id exists in the active workspace. */
public class ContactNotFoundException extends TenancyException {

    public ContactNotFoundException(Object id) {
        super("contact " + id + " was not found in this workspace");
    }

    @Override
    public String code() {
        return "contact.not_found";
    }
}
