package com.bolti.tenancy.domain.error;


/** The organization does not exist, or the caller may not learn that it exists. */
public class OrganizationNotFoundException extends TenancyException {

    public OrganizationNotFoundException(Object organizationId) {
        super("organization " + organizationId + " was not found");
    }

    @Override
    public String code() {
        return "organization.not_found";
    }
}
