package com.bolti.tenancy.rest.support;

import com.bolti.tenancy.application.port.in.FieldUpdate;
import com.bolti.tenancy.rest.problem.Problem;
import com.bolti.tenancy.rest.problem.RequestRejectedException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Strict reader of a JSON request body. Fields the route does not define are rejected with
 * 400 {@code request.unknown_field}, never ignored; values of the wrong JSON type are 422.
 */
public final class JsonObjectReader {

    private final JsonNode body;

    private JsonObjectReader(JsonNode body) {
        this.body = body;
    }

    /** Checks that {@code body} is a JSON object whose fields are all in {@code allowed}. */
    public static JsonObjectReader of(JsonNode body, Set<String> allowed) {
        if (body == null || body.isMissingNode()) {
            throw RequestRejectedException.badRequest("request.body_missing", "a JSON object body is required");
        }
        if (!body.isObject()) {
            throw RequestRejectedException.badRequest("request.malformed_json",
                    "the request body must be a JSON object");
        }
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new RequestRejectedException(400, "request.unknown_field",
                        "field '" + name + "' is not defined for this request",
                        List.of(new Problem.FieldError(name, "is not defined for this request")));
            }
        }
        return new JsonObjectReader(body);
    }

    /** Reads a string that must be present and not null. */
    public String requiredString(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw RequestRejectedException.invalidField(field, "is required");
        }
        return string(field, value);
    }

    /** Reads a string that may be absent; {@code null} when absent, explicit null is invalid. */
    public String optionalString(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            throw RequestRejectedException.invalidField(field, "must be a string, not null");
        }
        return string(field, value);
    }

    /** Reads a string for a partial update, where null is rejected. */
    public FieldUpdate<String> stringUpdate(String field) {
        return body.has(field) ? FieldUpdate.of(optionalString(field)) : FieldUpdate.absent();
    }

    /** Reads a string for a partial update, where null clears the field. */
    public FieldUpdate<String> nullableStringUpdate(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return FieldUpdate.absent();
        }
        return FieldUpdate.of(value.isNull() ? null : string(field, value));
    }

    /** Reads a JSON object and returns its text; {@code null} when absent. */
    public String optionalObjectText(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw RequestRejectedException.invalidField(field, "must be a JSON object");
        }
        return value.toString();
    }

    /** Reads a JSON object for a partial update, as text. */
    public FieldUpdate<String> objectTextUpdate(String field) {
        return body.has(field) ? FieldUpdate.of(optionalObjectText(field)) : FieldUpdate.absent();
    }

    /** Returns the field as sent: its text when it is a string, else the JSON node or {@code null}. */
    public Object rawValue(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.textValue() : value;
    }

    /**
     * Reads a whole JSON number that must be present. A string, a fraction or a number beyond
     * the range of a 64-bit integer is 422 with the field named, and the value is not repeated.
     */
    public long requiredInteger(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw RequestRejectedException.invalidField(field, "is required");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw RequestRejectedException.invalidField(field, "must be a whole number");
        }
        return value.longValue();
    }

    /** Returns the field as sent for a partial update, as {@link #rawValue} does. */
    public FieldUpdate<Object> rawUpdate(String field) {
        return body.has(field) ? FieldUpdate.of(rawValue(field)) : FieldUpdate.absent();
    }

    /** Reads a UUID given as a string; anything else is 422 with the field named. */
    public UUID requiredUuid(String field) {
        String text = requiredString(field);
        UUID id = PathIds.parse(text);
        if (id == null) {
            throw RequestRejectedException.invalidField(field, "must be a UUID");
        }
        return id;
    }

    /**
     * Reads an object of booleans, such as capability overrides; {@code null} when absent or
     * null. A value that is not a boolean is 422 naming {@code field.key}.
     */
    public Map<String, Boolean> optionalBooleanMap(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw RequestRejectedException.invalidField(field, "must be a JSON object of booleans");
        }
        Map<String, Boolean> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = value.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!entry.getValue().isBoolean()) {
                throw RequestRejectedException.invalidField(field + "." + entry.getKey(), "must be true or false");
            }
            result.put(entry.getKey(), entry.getValue().booleanValue());
        }
        return result;
    }

    /**
     * Reads an array of objects, each checked like a body against {@code allowed}; an empty
     * list when absent.
     */
    public List<JsonObjectReader> optionalObjectList(String field, Set<String> allowed) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw RequestRejectedException.invalidField(field, "must be an array");
        }
        List<JsonObjectReader> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isObject()) {
                throw RequestRejectedException.invalidField(field + "[" + i + "]", "must be an object");
            }
            result.add(of(element, allowed));
        }
        return result;
    }

    /** Reads an array of strings; {@code null} when absent, explicit null is invalid. */
    public List<String> optionalStringList(String field) {
        JsonNode value = array(field);
        if (value == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            result.add(string(field + "[" + i + "]", value.get(i)));
        }
        return result;
    }

    /** Reads an array of strings for a partial update, where null is rejected. */
    public FieldUpdate<List<String>> stringListUpdate(String field) {
        return body.has(field) ? FieldUpdate.of(optionalStringList(field)) : FieldUpdate.absent();
    }

    /** Reads an array of UUID strings; {@code null} when absent, explicit null is invalid. */
    public List<UUID> optionalUuidList(String field) {
        JsonNode value = array(field);
        if (value == null) {
            return null;
        }
        List<UUID> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            result.add(uuid(field + "[" + i + "]", value.get(i)));
        }
        return result;
    }

    /** Reads an array of UUID strings for a partial update, where null is rejected. */
    public FieldUpdate<List<UUID>> uuidListUpdate(String field) {
        return body.has(field) ? FieldUpdate.of(optionalUuidList(field)) : FieldUpdate.absent();
    }

    /** Reads a UUID that may be absent or null; {@code null} in both cases. */
    public UUID optionalUuid(String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : uuid(field, value);
    }

    /** Reads a UUID for a partial update, where null clears the field. */
    public FieldUpdate<UUID> nullableUuidUpdate(String field) {
        return body.has(field) ? FieldUpdate.of(optionalUuid(field)) : FieldUpdate.absent();
    }

    /** Reads a UUID that must be present, possibly null; {@code null} stands for "none". */
    public UUID requiredNullableUuid(String field) {
        if (!body.has(field)) {
            throw RequestRejectedException.invalidField(field, "is required; send null to clear it");
        }
        return optionalUuid(field);
    }

    /** Reads a whole number that must be present; a fraction, a string or null is invalid. */
    public long requiredLong(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw RequestRejectedException.invalidField(field, "is required");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw RequestRejectedException.invalidField(field, "must be a whole number");
        }
        return value.longValue();
    }

    /** Reads an RFC 3339 date-time with an offset, such as {@code 2026-12-04T19:30:00Z}. */
    public Instant requiredInstant(String field) {
        String text = requiredString(field);
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw RequestRejectedException.invalidField(field,
                    "must be an RFC 3339 date-time with an offset, such as 2026-12-04T19:30:00Z");
        }
    }

    private JsonNode array(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw RequestRejectedException.invalidField(field, "must be an array");
        }
        return value;
    }

    private static UUID uuid(String field, JsonNode value) {
        UUID id = PathIds.parse(string(field, value));
        if (id == null) {
            throw RequestRejectedException.invalidField(field, "must be a UUID");
        }
        return id;
    }

    private static String string(String field, JsonNode value) {
        if (!value.isTextual()) {
            throw RequestRejectedException.invalidField(field, "must be a string");
        }
        return value.textValue();
    }
}
