package com.bolti.tenancy.persistence;

import org.hibernate.exception.ConstraintViolationException;

/** Reads which database constraint an exception broke. */
final class Constraints {

    private Constraints() {
    }

    /** Returns the name of the violated constraint in the cause chain, or {@code null}. */
    static String violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getConstraintName();
            }
        }
        return null;
    }
}
