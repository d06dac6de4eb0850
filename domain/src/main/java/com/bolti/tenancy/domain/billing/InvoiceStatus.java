package com.bolti.tenancy.domain.billing;

import java.util.Locale;

/** Status of an invoice, with the values payment processors commonly use. */
public enum InvoiceStatus {
    DRAFT, OPEN, PAID, VOID, UNCOLLECTIBLE;

    /** Returns the lower-case name used on the wire and in storage. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a stored wire name. */
    public static InvoiceStatus fromWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
