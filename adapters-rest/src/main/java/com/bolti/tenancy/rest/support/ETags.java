package com.bolti.tenancy.rest.support;

import jakarta.ws.rs.core.EntityTag;

/**
 * Strong entity tags made of the stored version number, for example {@code "3"}, and the
 * {@code If-Match} condition built from them.
 */
public final class ETags {

    /** A version that no stored row has, so that a condition naming it always fails. */
    private static final long NO_VERSION = -1;

    private ETags() {
    }

    /** Returns the entity tag of a stored version. */
    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Returns the version {@code If-Match} requires: {@code null} without the header or for
     * {@code *}, the version of the first strong tag otherwise, and an impossible version
     * when the header names no tag this service issued.
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.length() > 2 && candidate.startsWith("\"") && candidate.endsWith("\"")) {
                try {
                    return Long.parseLong(candidate.substring(1, candidate.length() - 1));
                } catch (NumberFormatException e) {
                    // not one of ours; try the next tag
                }
            }
        }
        return NO_VERSION;
    }
}
