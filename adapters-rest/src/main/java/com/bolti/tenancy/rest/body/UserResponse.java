package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.model.User;
import java.time.Instant;
import java.util.UUID;

/** A user as the API shows it. */
public record UserResponse(UUID id, String email, String name, Instant createdAt) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id().value(), user.email(), user.name(), user.createdAt());
    }
}
