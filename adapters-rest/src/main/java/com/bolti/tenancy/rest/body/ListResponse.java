package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.rest.support.Paging;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code nextCursor} is null on the last page. */
public record ListResponse<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {

    public static <D, T> ListResponse<T> of(Page<D> page, Function<D, T> mapper) {
        return new ListResponse<>(page.items().stream().map(mapper).toList(),
                Paging.nextCursor(page.nextAfter()));
    }
}
