package com.bolti.tenancy.domain.billing;

import java.util.Locale;

/** Reason for a ledger entry. Only top-ups exist so far, and usage charges would be negative entries. */
public enum LedgerEntryKind {
    TOP_UP;

    /** Returns the lower-case name used on the wire and in storage, for example {@code top_up}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a stored wire name. */
    public static LedgerEntryKind fromWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
