package com.bolti.tenancy.domain.model;

import com.bolti.tenancy.domain.error.SettingsTooLargeException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Free-form settings of an organization or a workspace: the text of a JSON object, stored
 * and returned exactly as the client sent it. The REST edge checks that it is an object.
 */
public record Settings(String json) {

    /** Largest accepted settings document, in bytes of UTF-8: 64 KiB. */
    public static final int MAX_BYTES = 64 * 1024;

    public static final Settings EMPTY = new Settings("{}");

    public Settings {
        Objects.requireNonNull(json, "settings json");
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new SettingsTooLargeException(bytes, MAX_BYTES);
        }
    }
}
