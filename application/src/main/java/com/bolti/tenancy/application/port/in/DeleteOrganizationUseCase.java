package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;

/**
 * Deletes an organization with its workspaces, members, invitations, billing records and
 * audit events, after releasing its phone numbers (owner only, free plan only).
 */
public interface DeleteOrganizationUseCase {

    /** @param confirm the organization's slug as the caller typed it, or {@code null} */
    record DeleteOrganizationCommand(UserId actor, OrganizationId organizationId, String confirm) {
    }

    void delete(DeleteOrganizationCommand command);
}
