package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;

/**
 * Removes a member from an organization, with their workspace memberships there; also how a
 * member leaves. The owner can be neither removed nor leave.
 */
public interface RemoveOrganizationMemberUseCase {

    void remove(UserId actor, OrganizationId organizationId, UserId member);
}
