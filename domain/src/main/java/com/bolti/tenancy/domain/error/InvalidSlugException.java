package com.bolti.tenancy.domain.error;

/** A slug breaks the slug syntax: 1 to 63 of a-z, 0-9 and -, no leading or trailing -. */
public class InvalidSlugException extends TenancyException {

    public InvalidSlugException(String slug) {
        super("slug '" + slug + "' is invalid: use 1 to 63 characters of a-z, 0-9 and '-',"
                + " neither starting nor ending with '-'");
    }

    @Override
    public String code() {
        return "slug.invalid";
    }
}
