package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;

/** Changes name, slug, logo or settings of an organization (owner and admins). */
public interface UpdateOrganizationUseCase {

    /**
     * @param expectedVersion the version from {@code If-Match}, or {@code null} for no
     *                        condition; a value that no version can have always fails
     * @param settingsJson    the text of a JSON object that replaces the settings
     */
    record UpdateOrganizationCommand(UserId actor, OrganizationId organizationId,
            Long expectedVersion, FieldUpdate<String> name, FieldUpdate<String> slug,
            FieldUpdate<String> logoUrl, FieldUpdate<String> settingsJson) {
    }

    MemberOrganization update(UpdateOrganizationCommand command);
}
