package com.bolti.tenancy.application.service;

import com.bolti.tenancy.domain.error.SlugTakenException;
import com.bolti.tenancy.domain.model.Slug;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Slug of a new organization or workspace: the explicit one as sent, or one derived from the
 * name with the first free suffix. Uniqueness itself is held by a database constraint; a
 * derived slug that loses a race is chosen again in a new transaction.
 */
final class SlugChoice {

    /** Attempts before a derived slug race is given up and reported as taken. */
    static final int MAX_ATTEMPTS = 5;

    private final Slug explicit;
    private final String derivedBase;

    private SlugChoice(Slug explicit, String derivedBase) {
        this.explicit = explicit;
        this.derivedBase = derivedBase;
    }

    /** Takes {@code requested} as sent when present, else derives from {@code name}. */
    static SlugChoice of(String requested, String name, String fallback) {
        if (requested != null) {
            return new SlugChoice(new Slug(requested), null);
        }
        return new SlugChoice(null, Slug.deriveBase(name, fallback));
    }

    /** Picks the slug to try, given the taken slugs that look like the derived base. */
    Slug pick(Function<String, Set<String>> takenLike) {
        if (explicit != null) {
            return explicit;
        }
        Set<String> taken = takenLike.apply(derivedBase);
        for (int n = 1; ; n++) {
            String candidate = Slug.candidate(derivedBase, n);
            if (Slug.isUsable(candidate) && !taken.contains(candidate)) {
                return new Slug(candidate);
            }
        }
    }

    /**
     * Runs {@code attempt}, which should run a whole transaction, again when a derived slug
     * was taken by a concurrent request between the choice and the insert.
     */
    <T> T retryingRaces(Supplier<T> attempt) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (SlugTakenException e) {
                if (explicit != null || tries >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
