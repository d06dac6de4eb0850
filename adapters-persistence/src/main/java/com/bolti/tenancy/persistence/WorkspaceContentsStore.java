package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.WorkspaceContents;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Contents of a workspace, read and released in single set-based statements. Deleting the
 * workspace row then removes everything else through the foreign keys' cascades.
 */
@ApplicationScoped
class WorkspaceContentsStore implements WorkspaceContents {

    @Inject
    EntityManager entityManager;

    @Override
    public Counts count(WorkspaceId workspaceId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT (SELECT count(*) FROM agents WHERE workspace_id = :workspace),
                       (SELECT count(*) FROM tools WHERE workspace_id = :workspace),
                       (SELECT count(*) FROM knowledge_bases WHERE workspace_id = :workspace),
                       (SELECT count(*) FROM contacts WHERE workspace_id = :workspace),
                       (SELECT count(*) FROM call_logs WHERE workspace_id = :workspace)""")
                .setParameter("workspace", workspaceId.value())
                .getSingleResult();
        return new Counts(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> activePhoneNumbers(WorkspaceId workspaceId) {
        return entityManager.createNativeQuery("""
                SELECT e164 FROM phone_numbers WHERE workspace_id = :workspace AND status = 'ACTIVE' ORDER BY e164""")
                .setParameter("workspace", workspaceId.value())
                .getResultList();
    }

    /**
     * Releases the numbers and writes their outbox messages in one statement, so that no
     * number can be released without its message. Audit events are left to the caller.
     */
    @Override
    public int releasePhoneNumbers(OrganizationId organizationId, WorkspaceId workspaceId, UserId actor, Instant now) {
        entityManager.flush();
        return entityManager.createNativeQuery("""
                WITH released AS (
                    UPDATE phone_numbers
                    SET status = 'RELEASED', agent_id = NULL, released_at = :now, updated_at = :now
                    WHERE workspace_id = :workspace AND organization_id = :organization AND status = 'ACTIVE'
                    RETURNING id, organization_id, workspace_id, e164, released_at)
                INSERT INTO outbox_messages (topic, organization_id, workspace_id, subject_id, payload, created_at)
                SELECT :topic, """ + ReleaseOutbox.MESSAGE_COLUMNS + """

                FROM released""")
                .setParameter("now", now)
                .setParameter("workspace", workspaceId.value())
                .setParameter("organization", organizationId.value())
                .setParameter("topic", ReleaseOutbox.TOPIC)
                .setParameter("actor", ReleaseOutbox.actorText(actor))
                .executeUpdate();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
