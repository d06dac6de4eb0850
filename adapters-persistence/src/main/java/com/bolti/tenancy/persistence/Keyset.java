package com.bolti.tenancy.persistence;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Cuts a result fetched with {@code limit + 1} rows into a page and the key of the next one. */
final class Keyset {

    private Keyset() {
    }

    static <T> Page<T> page(List<T> rows, PageRequest request, Function<T, UUID> key) {
        if (rows.size() <= request.limit()) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, request.limit());
        return new Page<>(items, key.apply(items.get(items.size() - 1)));
    }
}
