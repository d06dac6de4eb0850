package com.bolti.tenancy.rest.support;

import com.bolti.tenancy.rest.problem.RequestRejectedException;
import java.util.List;

/** Reads the {@code confirm} query parameter of a deletion. */
public final class Confirmations {

    private Confirmations() {
    }

    /**
     * Returns the single value sent, or {@code null} when there is none, which the use case
     * rejects as a mismatch. A repeated parameter is 400 {@code request.invalid_parameter}.
     */
    public static String single(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw RequestRejectedException.badRequest("request.invalid_parameter",
                    "confirm is repeated; send it once, with the slug of what is to be deleted");
        }
        return values.get(0);
    }
}
