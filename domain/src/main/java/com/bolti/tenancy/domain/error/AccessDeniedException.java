package com.bolti.tenancy.domain.error;

/** The caller can see the target but lacks the power or capability the action needs. */
public class AccessDeniedException extends TenancyException {

    private final String required;

    public AccessDeniedException(String required) {
        super("this action requires " + required);
        this.required = required;
    }

    /** Returns the missing power or capability, for example {@code organization.update}. */
    public String required() {
        return required;
    }

    @Override
    public String code() {
        return "access.denied";
    }
}
