package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.ResourceType;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Finds where the ids named in request bodies live, to check that they stay in their workspace. */
public interface ResourceReferences {

    /**
     * Returns, for each of {@code ids} that names a resource of {@code type} in the
     * organization, the workspace that contains it. Ids of other organizations are absent, so
     * that they read as unknown.
     */
    Map<UUID, WorkspaceId> locate(OrganizationId organizationId, ResourceType type, Collection<UUID> ids);

    /** Returns the scope of a workspace by id, or empty when it does not exist. */
    Optional<WorkspaceScope> scopeOf(WorkspaceId workspaceId);
}
