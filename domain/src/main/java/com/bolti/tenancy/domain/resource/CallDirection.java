package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.error.InvalidValueException;

/** Whether a call came in to the workspace's number or was placed by an agent. */
public enum CallDirection {
    INBOUND, OUTBOUND;

    /** Parses the exact upper-case name; anything else is invalid. */
    public static CallDirection parse(Object sent) {
        for (CallDirection direction : values()) {
            if (direction.name().equals(sent)) {
                return direction;
            }
        }
        throw new InvalidValueException("direction", "must be INBOUND or OUTBOUND");
    }
}
