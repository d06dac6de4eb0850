package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;

/** Append-only log of changes per organization, written in the transaction of the change. */
public interface AuditTrail {

    void record(AuditEvent event);

    /** Lists the organization's events, newest first. */
    Page<AuditEvent> listNewestFirst(OrganizationId organizationId, PageRequest page);
}
