package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;

/** Creates a workspace in an organization; its creator becomes its {@code ADMIN}. */
public interface CreateWorkspaceUseCase {

    /**
     * @param slug         an explicit slug, or {@code null} to derive one from the name
     * @param settingsJson the text of a JSON object, or {@code null} for {@code {}}
     */
    record CreateWorkspaceCommand(UserId actor, OrganizationId organizationId, String name,
            String slug, String settingsJson) {
    }

    VisibleWorkspace create(CreateWorkspaceCommand command);
}
