package com.bolti.tenancy.domain.error;

/** A role is not one of the exact upper-case names accepted in that place. */
public class InvalidRoleException extends TenancyException {

    public InvalidRoleException(String field, Object value, String accepted) {
        super(field + " " + describe(value) + " is invalid; use one of " + accepted);
    }

    private static String describe(Object value) {
        return value == null ? "null" : "'" + value + "'";
    }

    @Override
    public String code() {
        return "role.invalid";
    }
}
