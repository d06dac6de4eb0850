package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.AccessChecks;
import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.access.WorkspaceAccess;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads organization and workspace roles for many (user, workspace) pairs in one statement. */
@ApplicationScoped
class AccessCheckStore implements AccessChecks {

    @Inject
    EntityManager entityManager;

    @Override
    public Map<Subject, WorkspaceAccess> accessOf(Collection<Subject> subjects) {
        Set<UUID> workspaceIds = new HashSet<>();
        Set<UUID> userIds = new HashSet<>();
        for (Subject subject : subjects) {
            workspaceIds.add(subject.workspaceId().value());
            userIds.add(subject.userId().value());
        }

        List<Object[]> rows = entityManager.createQuery("""
                select w.id, om.userId, om.role, wm.role, wm.permissions from WorkspaceEntity w
                join OrganizationMemberEntity om on om.organizationId = w.organizationId
                left join WorkspaceMemberEntity wm on wm.workspaceId = w.id and wm.userId = om.userId
                where w.id in :workspaces and om.userId in :users""", Object[].class)
                .setParameter("workspaces", workspaceIds)
                .setParameter("users", userIds)
                .getResultList();

        Map<Subject, WorkspaceAccess> result = new HashMap<>();
        for (Object[] row : rows) {
            Subject subject = new Subject(new UserId((UUID) row[1]), new WorkspaceId((UUID) row[0]));
            if (!subjects.contains(subject)) {
                continue;
            }
            WorkspaceRole workspaceRole = row[3] == null ? null : WorkspaceRole.valueOf((String) row[3]);
            result.put(subject, new WorkspaceAccess(OrganizationRole.valueOf((String) row[2]), workspaceRole,
                    workspaceRole == null ? Map.of() : JsonColumns.readOverrides((String) row[4])));
        }
        return result;
    }
}
