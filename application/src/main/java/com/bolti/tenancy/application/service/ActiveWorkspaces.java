package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.error.AccessDeniedException;
import com.bolti.tenancy.domain.error.WorkspaceNotFoundException;
import com.bolti.tenancy.domain.model.WorkspaceScope;

/**
 * Resolves the active workspace of a call on workspace resources and checks the caller's
 * capabilities there, read from the database on every call.
 */
final class ActiveWorkspaces {

    private final WorkspaceRepository workspaces;

    ActiveWorkspaces(WorkspaceRepository workspaces) {
        this.workspaces = workspaces;
    }

    /**
     * Returns the workspace when the caller has at least one capability in it. An unknown
     * workspace and one where the caller has none, an organization admin without a
     * membership included, are both {@link WorkspaceNotFoundException}.
     */
    VisibleWorkspace open(WorkspaceRequest request) {
        return workspaces.findVisible(request.workspaceId(), request.actor(), false)
                .filter(workspace -> workspace.access().canAct())
                .orElseThrow(() -> new WorkspaceNotFoundException(request.workspaceId().value()));
    }

    /** Opens the workspace and requires every capability; the first missing one is {@link AccessDeniedException}. */
    WorkspaceScope require(WorkspaceRequest request, Capability... capabilities) {
        VisibleWorkspace workspace = open(request);
        requireCapabilities(workspace, capabilities);
        return WorkspaceScope.of(workspace.workspace());
    }

    static void requireCapabilities(VisibleWorkspace workspace, Capability... capabilities) {
        for (Capability capability : capabilities) {
            if (!workspace.access().allows(capability)) {
                throw new AccessDeniedException(capability.wireName());
            }
        }
    }
}
