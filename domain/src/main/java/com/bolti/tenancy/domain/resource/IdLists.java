package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.error.InvalidValueException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Checks lists of ids sent in a request body, such as an agent's {@code toolIds}. */
public final class IdLists {

    /** Maximum number of ids in one list. */
    public static final int MAX_SIZE = 100;

    private IdLists() {
    }

    /**
     * Converts the ids of {@code field} to typed ids; more than {@link #MAX_SIZE} ids or a
     * repeated id is invalid. {@code null} means an empty list.
     */
    public static <T> List<T> distinct(String field, List<UUID> ids, Function<UUID, T> type) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_SIZE) {
            throw new InvalidValueException(field, "must contain at most " + MAX_SIZE + " ids");
        }
        Set<UUID> seen = new HashSet<>();
        List<T> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw new InvalidValueException(field + "[" + i + "]", "repeats the id " + ids.get(i));
            }
            result.add(type.apply(ids.get(i)));
        }
        return result;
    }
}
