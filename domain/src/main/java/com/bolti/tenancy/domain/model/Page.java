package com.bolti.tenancy.domain.model;

import java.util.List;
import java.util.UUID;

/**
 * One page of a keyset-paginated list.
 *
 * @param nextAfter the key after which the next page starts, or {@code null} on the last page
 */
public record Page<T>(List<T> items, UUID nextAfter) {

    public Page {
        items = List.copyOf(items);
    }
}
