package com.bolti.tenancy.rest.support;

import com.bolti.tenancy.domain.error.TenancyException;
import java.util.UUID;
import java.util.function.Function;

/** Parses resource ids in paths: text that is not a UUID names nothing, so it is the resource's 404. */
public final class ResourcePaths {

    private ResourcePaths() {
    }

    /** Returns the typed id, or throws the not-found exception that {@code notFound} builds from the text. */
    public static <T> T id(String text, Function<UUID, T> type, Function<String, TenancyException> notFound) {
        UUID id = PathIds.parse(text);
        if (id == null) {
            throw notFound.apply(text);
        }
        return type.apply(id);
    }
}
