package com.bolti.tenancy.domain.error;

/**
 * An id in the request body names no resource of that kind in the active workspace's
 * organization.
 */
public class ReferenceNotFoundException extends InvalidValueException {

    public ReferenceNotFoundException(String field, String kind, Object id) {
        super(field, "names no " + kind + " of this workspace: " + id + " was not found");
    }

    @Override
    public String code() {
        return "reference.not_found";
    }
}
