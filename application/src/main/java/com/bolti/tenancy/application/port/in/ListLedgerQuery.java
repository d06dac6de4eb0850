package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.billing.LedgerEntry;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;

/** Lists an organization's credit ledger entries, newest first (owner, admins, billing). */
public interface ListLedgerQuery {

    Page<LedgerEntry> list(UserId actor, OrganizationId organizationId, PageRequest page);
}
