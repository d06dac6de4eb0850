package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.billing.Invoice;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;

/** Lists an organization's invoices, newest first (owner, admins, billing). */
public interface ListInvoicesQuery {

    Page<Invoice> list(UserId actor, OrganizationId organizationId, PageRequest page);
}
