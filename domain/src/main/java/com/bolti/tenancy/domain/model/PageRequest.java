package com.bolti.tenancy.domain.model;

import com.bolti.tenancy.domain.error.InvalidValueException;
import java.util.UUID;

/**
 * Request for one page of a list ordered by a time-ordered id.
 *
 * @param limit 1 to 200 items
 * @param after the key of the last item of the previous page, or {@code null} for the first page
 */
public record PageRequest(int limit, UUID after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and 200");
        }
    }

    /** Returns the first page with the default size. */
    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, null);
    }
}
