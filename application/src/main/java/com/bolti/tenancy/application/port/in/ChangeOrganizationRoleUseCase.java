package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.OrganizationMember;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;

/** Sets a member's organization role to ADMIN, BILLING or MEMBER; ownership moves only by transfer. */
public interface ChangeOrganizationRoleUseCase {

    /** @param role the requested role name as sent, validated by the use case */
    record ChangeOrganizationRoleCommand(UserId actor, OrganizationId organizationId, UserId member, Object role) {
    }

    OrganizationMember changeRole(ChangeOrganizationRoleCommand command);
}
