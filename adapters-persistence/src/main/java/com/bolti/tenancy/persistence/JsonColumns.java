package com.bolti.tenancy.persistence;

import com.bolti.tenancy.domain.access.Capability;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts capability overrides and audit details to and from their JSON columns. */
final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Boolean>> OVERRIDES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    static String writeOverrides(Map<Capability, Boolean> overrides) {
        Map<String, Boolean> byName = new LinkedHashMap<>();
        overrides.forEach((capability, granted) -> byName.put(capability.wireName(), granted));
        return write(byName);
    }

    /**
     * Reads stored overrides. A capability name that is no longer known is skipped, so that
     * removing a capability from the code never fails reads of old rows.
     */
    static Map<Capability, Boolean> readOverrides(String json) {
        Map<Capability, Boolean> result = new EnumMap<>(Capability.class);
        if (json == null) {
            return result;
        }
        read(json, OVERRIDES).forEach((name, granted) -> {
            Capability capability = Capability.fromWireName(name);
            if (capability != null && granted != null) {
                result.put(capability, granted);
            }
        });
        return result;
    }

    static String writeDetails(Map<String, String> details) {
        return write(details);
    }

    static Map<String, String> readDetails(String json) {
        return json == null ? Map.of() : read(json, DETAILS);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON column", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON column is invalid", e);
        }
    }
}
