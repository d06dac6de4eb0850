package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.error.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Free-form configuration of a resource (an agent's or a tool's {@code config}, a contact's
 * {@code attributes}): the text of a JSON object, stored and returned as sent. The REST edge
 * checks that it is an object.
 */
public record JsonObjectDocument(String json) {

    /** Largest accepted document, in bytes of UTF-8: 64 KiB. */
    public static final int MAX_BYTES = 64 * 1024;

    public static final JsonObjectDocument EMPTY = new JsonObjectDocument("{}");

    public JsonObjectDocument {
        Objects.requireNonNull(json, "json");
    }

    /** Checks the size of a document sent in {@code field}; {@code null} means an empty object. */
    public static JsonObjectDocument parse(String field, String json) {
        if (json == null) {
            return EMPTY;
        }
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new InvalidValueException(field, "is " + bytes + " bytes of JSON; the limit is " + MAX_BYTES
                    + " bytes");
        }
        return new JsonObjectDocument(json);
    }
}
