package com.bolti.tenancy.domain.error;

/**
 * Base of every rule violation the service reports to its callers. Each subclass stands for
 * one stable error code; the REST adapter maps the class to a status.
 */
public abstract class TenancyException extends RuntimeException {

    protected TenancyException(String message) {
        super(message, null, false, false);
    }

    /** Returns the stable, dotted error code callers switch on, for example {@code slug.taken}. */
    public abstract String code();
}
