package com.bolti.tenancy.domain.model;

import com.bolti.tenancy.domain.error.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;

/** Address of an organization's logo: an absolute {@code https} URL of at most 2048 characters. */
public record LogoUrl(String value) {

    public static final int MAX_LENGTH = 2048;

    public LogoUrl {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException("logoUrl", "must be an https URL of 1 to 2048 characters");
        }
        try {
            URI uri = new URI(value);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidValueException("logoUrl", "must be an absolute https URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidValueException("logoUrl", "is not a valid URL");
        }
    }
}
