package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.Invitation;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;

/** Lists an organization's pending, unexpired invitations, without their tokens. */
public interface ListInvitationsQuery {

    Page<Invitation> list(UserId actor, OrganizationId organizationId, PageRequest page);
}
