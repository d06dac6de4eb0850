package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.UserRepository;
import com.bolti.tenancy.domain.model.User;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.UuidV7;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Users in PostgreSQL. */
@ApplicationScoped
class UserStore implements UserRepository, PanacheRepositoryBase<UserEntity, UUID> {

    private final Clock clock;

    UserStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public User provision(String subject, String email, String name, Instant now) {
        Optional<UserEntity> existing = find("subject", subject).firstResultOptional();
        if (existing.isEmpty()) {
            getEntityManager().createNativeQuery("""
                    INSERT INTO users (id, subject, email, name, created_at)
                    VALUES (:id, :subject, CAST(:email AS text), CAST(:name AS text), :now)
                    ON CONFLICT (subject) DO NOTHING""")
                    .setParameter("id", UuidV7.next(clock))
                    .setParameter("subject", subject)
                    .setParameter("email", email)
                    .setParameter("name", name)
                    .setParameter("now", now)
                    .executeUpdate();
            existing = find("subject", subject).firstResultOptional();
        }
        UserEntity user = existing.orElseThrow();
        if (email != null && !email.equals(user.email)) {
            user.email = email;
        }
        if (name != null && !name.equals(user.name)) {
            user.name = name;
        }
        return toUser(user);
    }

    @Override
    public boolean markSignedUp(UserId userId, Instant now) {
        int updated = update("signedUpAt = ?1 where id = ?2 and signedUpAt is null", now, userId.value());
        getEntityManager().clear();
        return updated == 1;
    }

    @Override
    public Optional<User> findById(UserId userId) {
        return findByIdOptional(userId.value()).map(UserStore::toUser);
    }

    static User toUser(UserEntity entity) {
        return new User(new UserId(entity.id), entity.subject, entity.email, entity.name,
                entity.createdAt, entity.signedUpAt);
    }
}
