package com.bolti.tenancy.test;

import com.bolti.tenancy.domain.model.UuidV7;
import java.time.Clock;
import java.util.UUID;

/** Inserts invoice rows directly, as the billing system that issues invoices would. */
public final class InvoiceRows {

    private InvoiceRows() {
    }

    /** Inserts an invoice for the last 30 days and returns its time-ordered id. */
    public static String insert(String organizationId, String number, String status, long totalMinor,
            String currency) {
        UUID id = UuidV7.next(Clock.systemUTC());
        Rows.execute("""
                INSERT INTO invoices (id, organization_id, number, status, total_minor, currency, period_start,
                                      period_end, issued_at, created_at)
                VALUES (?, ?::uuid, ?, ?, ?, ?, now() - interval '30 days', now(),
                        CASE WHEN ? = 'draft' THEN NULL ELSE now() END, now())""",
                id, organizationId, number, status, totalMinor, currency, status);
        return id.toString();
    }
}
