package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.access.WorkspaceAccess;
import com.bolti.tenancy.domain.model.Workspace;

/** A workspace seen by a member of its organization, with what that member may do in it. */
public record VisibleWorkspace(Workspace workspace, WorkspaceAccess access) {
}
