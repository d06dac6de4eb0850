package com.bolti.tenancy.rest.support;

import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.rest.problem.RequestRejectedException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Reads {@code limit} and {@code cursor} query parameters and writes the next cursor. A
 * cursor is the opaque, URL-safe encoding of the last key of the previous page.
 */
public final class Paging {

    private static final String CURSOR_VERSION = "k1:";

    private Paging() {
    }

    /** Builds a page request; a malformed limit or cursor is 400 {@code request.invalid_parameter}. */
    public static PageRequest request(String limit, String cursor) {
        return new PageRequest(parseLimit(limit), decode(cursor));
    }

    /** Encodes the key of the next page, or returns {@code null} on the last page. */
    public static String nextCursor(UUID nextAfter) {
        if (nextAfter == null) {
            return null;
        }
        byte[] text = (CURSOR_VERSION + nextAfter).getBytes(StandardCharsets.US_ASCII);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
    }

    private static int parseLimit(String limit) {
        if (limit == null) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= PageRequest.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw RequestRejectedException.badRequest("request.invalid_parameter",
                "limit must be an integer from 1 to " + PageRequest.MAX_LIMIT + ", got '" + limit + "'");
    }

    private static UUID decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(CURSOR_VERSION)) {
                return UUID.fromString(text.substring(CURSOR_VERSION.length()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw RequestRejectedException.badRequest("request.invalid_parameter",
                "cursor is not a cursor this service issued; pass nextCursor from the previous page");
    }
}
