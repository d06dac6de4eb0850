package com.bolti.tenancy.domain.model;

import java.util.Locale;

/** Billing plan of an organization; only {@code free} carries no payment obligation. */
public enum PlanTier {
    FREE, STARTER, GROWTH, ENTERPRISE;

    /** Returns the lower-case name used on the wire and in storage. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; returns {@code null} for anything that is not exactly one. */
    public static PlanTier fromWireName(String value) {
        for (PlanTier tier : values()) {
            if (tier.wireName().equals(value)) {
                return tier;
            }
        }
        return null;
    }
}
