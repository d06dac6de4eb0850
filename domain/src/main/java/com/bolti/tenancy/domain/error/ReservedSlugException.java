package com.bolti.tenancy.domain.error;

/** A slug is a reserved word such as {@code admin} or {@code api}. */
public class ReservedSlugException extends TenancyException {

    public ReservedSlugException(String slug) {
        super("slug '" + slug + "' is reserved; choose another one");
    }

    @Override
    public String code() {
        return "slug.reserved";
    }
}
