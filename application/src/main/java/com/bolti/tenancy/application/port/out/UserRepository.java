package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.User;
import com.bolti.tenancy.domain.model.UserId;
import java.time.Instant;
import java.util.Optional;

/** Users known to the service, keyed by the {@code sub} claim of their tokens. */
public interface UserRepository {

    /**
     * Returns the user with this subject, creating it on first use and refreshing a changed
     * email or name. Safe under concurrent first requests of the same subject.
     */
    User provision(String subject, String email, String name, Instant now);

    /** Marks the user as signed up; returns {@code false} when they already were. */
    boolean markSignedUp(UserId userId, Instant now);

    Optional<User> findById(UserId userId);
}
