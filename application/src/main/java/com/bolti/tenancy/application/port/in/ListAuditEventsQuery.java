package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.AuditEvent;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;

/** Lists an organization's audit events newest first (owner and admins). */
public interface ListAuditEventsQuery {

    Page<AuditEvent> list(UserId actor, OrganizationId organizationId, PageRequest page);
}
