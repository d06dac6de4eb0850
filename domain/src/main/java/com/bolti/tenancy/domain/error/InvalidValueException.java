package com.bolti.tenancy.domain.error;

/** A field holds a well-formed but invalid value. */
public class InvalidValueException extends TenancyException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Returns the message without the field name, as listed beside the field. */
    public String reason() {
        return getMessage().substring(field.length() + 1);
    }

    @Override
    public String code() {
        return "validation.failed";
    }
}
