package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.billing.Invoice;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;

/** Invoices of organizations, read-only for this service. */
public interface Invoices {

    /** Lists the organization's invoices, newest first. */
    Page<Invoice> listNewestFirst(OrganizationId organizationId, PageRequest page);

    /** Counts the organization's invoices. */
    long count(OrganizationId organizationId);
}
