package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.PhoneNumberReleases;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.resource.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Writes {@code phone_number.released} messages to the transactional outbox. The message is
 * built in SQL from the released row, the same way for one release and for the release of a
 * whole workspace, so the telephony service gets one format.
 */
@ApplicationScoped
class ReleaseOutbox implements PhoneNumberReleases {

    static final String TOPIC = "phone_number.released";

    /**
     * Columns of {@code outbox_messages} after {@code topic}, selected from a released
     * {@code phone_numbers} row; {@code :actor} is the releasing user's id as text, or empty for none.
     */
    static final String MESSAGE_COLUMNS = """
            organization_id, workspace_id, id,
            jsonb_build_object(
                'phoneNumberId', id,
                'e164', e164,
                'organizationId', organization_id,
                'workspaceId', workspace_id,
                'releasedAt', to_char(released_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'releasedBy', CAST(NULLIF(:actor, '') AS uuid)),
            released_at""";

    @Inject
    EntityManager entityManager;

    @Override
    public void announce(PhoneNumber released, UserId actor) {
        entityManager.flush();
        entityManager.createNativeQuery("""
                INSERT INTO outbox_messages (topic, organization_id, workspace_id, subject_id, payload, created_at)
                SELECT :topic, """ + MESSAGE_COLUMNS + """

                FROM phone_numbers
                WHERE id = :id AND workspace_id = :workspace AND status = 'RELEASED'""")
                .setParameter("topic", TOPIC)
                .setParameter("actor", actorText(actor))
                .setParameter("id", released.id().value())
                .setParameter("workspace", released.scope().workspaceId().value())
                .executeUpdate();
    }

    /** Returns the text bound to {@code :actor}: the user id, or empty, which the SQL turns into null. */
    static String actorText(UserId actor) {
        return actor == null ? "" : actor.toString();
    }
}
