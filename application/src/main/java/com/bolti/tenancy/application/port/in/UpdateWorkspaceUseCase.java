package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;

/** Changes name, slug or settings of a workspace; needs {@code workspace.settings.update}. */
public interface UpdateWorkspaceUseCase {

    /** @param expectedVersion the version from {@code If-Match}, or {@code null} for no condition */
    record UpdateWorkspaceCommand(UserId actor, WorkspaceId workspaceId, Long expectedVersion,
            FieldUpdate<String> name, FieldUpdate<String> slug, FieldUpdate<String> settingsJson) {
    }

    VisibleWorkspace update(UpdateWorkspaceCommand command);
}
