package com.bolti.tenancy.domain.billing;

import java.util.regex.Pattern;

/**
 * Detection of card numbers (primary account numbers) in free text. Card numbers have 12 to 19
 * digits. Any run of 12 or more digits counts, optionally separated by spaces or dashes, so
 * that a number padded with further digits is caught too.
 */
public final class CardNumbers {

    private static final Pattern CARD_NUMBER = Pattern.compile("[0-9](?:[ -]*[0-9]){11,}");

    private CardNumbers() {
    }

    /** Tells whether {@code text} contains something that looks like a card number; false for null. */
    public static boolean appearIn(String text) {
        return text != null && CARD_NUMBER.matcher(text).find();
    }
}
