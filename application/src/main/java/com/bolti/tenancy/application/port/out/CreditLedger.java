package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.billing.LedgerEntry;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import java.util.Currency;
import java.util.Optional;

/** Append-only ledger of each organization's prepaid credit, kept in one currency per organization. */
public interface CreditLedger {

    /** Returns the currency of the organization's ledger, or empty before its first entry. */
    Optional<Currency> currency(OrganizationId organizationId);

    /**
     * Appends an entry. The first entry fixes the organization's currency; the database rejects
     * a later entry in another currency.
     */
    void append(LedgerEntry entry);

    /** Returns the sum of the organization's entries in minor units, 0 without entries. */
    long balanceMinor(OrganizationId organizationId);

    /** Lists the organization's entries, newest first. */
    Page<LedgerEntry> listNewestFirst(OrganizationId organizationId, PageRequest page);

    /** Counts the organization's entries. */
    long count(OrganizationId organizationId);
}
