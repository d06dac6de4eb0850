package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.domain.model.UserId;

/** Creates an organization owned by the caller, with a first workspace {@code Default}. */
public interface CreateOrganizationUseCase {

    /** @param slug an explicit slug, or {@code null} to derive one from the name */
    record CreateOrganizationCommand(UserId actor, String name, String slug) {
    }

    MemberOrganization create(CreateOrganizationCommand command);
}
