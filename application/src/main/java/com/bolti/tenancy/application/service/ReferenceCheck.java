package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.out.ResourceReferences;
import com.bolti.tenancy.domain.error.ReferenceInOtherWorkspaceException;
import com.bolti.tenancy.domain.error.ReferenceNotFoundException;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks that the ids in a request body name resources of the active workspace. An id of
 * another workspace of the same organization is {@code reference.other_workspace}; an unknown
 * id, or one of another organization, is {@code reference.not_found}.
 */
final class ReferenceCheck {

    private final ResourceReferences references;

    ReferenceCheck(ResourceReferences references) {
        this.references = references;
    }

    /** Checks every id of the list {@code field} in one lookup; the first bad id in list order decides the error. */
    void requireAll(WorkspaceScope scope, ResourceType type, String field, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Map<UUID, WorkspaceId> located = references.locate(scope.organizationId(), type, ids);
        for (int i = 0; i < ids.size(); i++) {
            check(scope, type, field + "[" + i + "]", ids.get(i), located.get(ids.get(i)));
        }
    }

    /** Checks the single id of {@code field}; {@code null} names nothing and passes. */
    void require(WorkspaceScope scope, ResourceType type, String field, UUID id) {
        if (id == null) {
            return;
        }
        Map<UUID, WorkspaceId> located = references.locate(scope.organizationId(), type, List.of(id));
        check(scope, type, field, id, located.get(id));
    }

    private static void check(WorkspaceScope scope, ResourceType type, String field, UUID id, WorkspaceId location) {
        if (location == null) {
            throw new ReferenceNotFoundException(field, type.label(), id);
        }
        if (!location.equals(scope.workspaceId())) {
            throw new ReferenceInOtherWorkspaceException(field, type.label(), id);
        }
    }
}
