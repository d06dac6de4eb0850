package com.bolti.tenancy.domain.access;

import com.bolti.tenancy.domain.error.UnknownPermissionException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Parsing of a member's capability overrides from their wire names. */
public final class PermissionOverrides {

    private PermissionOverrides() {
    }

    /**
     * Converts names to capabilities; an unknown name fails the whole map, so that nothing is
     * partly applied. {@code null} means no overrides.
     */
    public static Map<Capability, Boolean> parse(Map<String, Boolean> byName) {
        if (byName == null || byName.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<Capability, Boolean> result = new EnumMap<>(Capability.class);
        byName.forEach((name, granted) -> {
            Capability capability = Capability.fromWireName(name);
            if (capability == null) {
                throw new UnknownPermissionException(name);
            }
            result.put(capability, granted);
        });
        return result;
    }
}
