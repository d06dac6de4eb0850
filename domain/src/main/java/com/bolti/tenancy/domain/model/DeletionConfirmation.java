package com.bolti.tenancy.domain.model;

import com.bolti.tenancy.domain.error.ConfirmationMismatchException;

/**
 * Guard against deleting the wrong thing: the caller repeats the current slug of the
 * organization or workspace, exactly, as the {@code confirm} parameter.
 */
public final class DeletionConfirmation {

    private DeletionConfirmation() {
    }

    /**
     * Throws {@link ConfirmationMismatchException} unless {@code confirm} equals {@code slug}.
     *
     * @param target what is being deleted, {@code organization} or {@code workspace}, for the message
     */
    public static void require(Slug slug, String confirm, String target) {
        if (confirm == null || !confirm.equals(slug.value())) {
            throw new ConfirmationMismatchException(target);
        }
    }
}
