package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.WorkspaceContents;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Stands in for the workspace resource store until one exists: a workspace holds nothing. */
@DefaultBean
@ApplicationScoped
class NoWorkspaceContents implements WorkspaceContents {

    @Override
    public Counts count(WorkspaceId workspaceId) {
        return Counts.NONE;
    }

    @Override
    public List<String> activePhoneNumbers(WorkspaceId workspaceId) {
        return List.of();
    }

    @Override
    public int releasePhoneNumbers(OrganizationId organizationId, WorkspaceId workspaceId, UserId actor, Instant now) {
        return 0;
    }
}
