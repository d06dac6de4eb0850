package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.error.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;

/** Address of a call recording: an absolute {@code https} URL of at most 2048 characters. */
public record RecordingUrl(String value) {

    public static final int MAX_LENGTH = 2048;

    public RecordingUrl {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException("recordingUrl", "must be an https URL of 1 to 2048 characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("recordingUrl", "is not a valid URL");
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new InvalidValueException("recordingUrl", "must be an absolute https URL");
        }
    }
}
