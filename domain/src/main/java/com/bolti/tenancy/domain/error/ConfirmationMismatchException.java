package com.bolti.tenancy.domain.error;

/** A deletion's {@code confirm} parameter is missing or is not the slug of what would be deleted. */
public class ConfirmationMismatchException extends TenancyException {

    public ConfirmationMismatchException(String target) {
        super("confirm is missing or does not match; send ?confirm=<slug> with the " + target
                + "'s current slug to delete it");
    }

    @Override
    public String code() {
        return "confirmation.mismatch";
    }
}
