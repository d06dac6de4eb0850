package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.Invoices;
import com.bolti.tenancy.domain.billing.Invoice;
import com.bolti.tenancy.domain.billing.InvoiceStatus;
import com.bolti.tenancy.domain.billing.Money;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Invoices in PostgreSQL, read only. */
@ApplicationScoped
class InvoiceStore implements Invoices, PanacheRepositoryBase<InvoiceEntity, UUID> {

    @Override
    public Page<Invoice> listNewestFirst(OrganizationId organizationId, PageRequest page) {
        Parameters parameters = Parameters.with("organization", organizationId.value());
        String where = "organizationId = :organization";
        if (page.after() != null) {
            where += " and id < :after";
            parameters.and("after", page.after());
        }
        List<Invoice> rows = find(where, Sort.descending("id"), parameters)
                .range(0, page.limit())
                .stream()
                .map(InvoiceStore::toInvoice)
                .toList();
        return Keyset.page(rows, page, Invoice::id);
    }

    @Override
    public long count(OrganizationId organizationId) {
        return count("organizationId", organizationId.value());
    }

    private static Invoice toInvoice(InvoiceEntity entity) {
        return new Invoice(entity.id, new OrganizationId(entity.organizationId), entity.number,
                InvoiceStatus.fromWireName(entity.status),
                new Money(entity.totalMinor, Currency.getInstance(entity.currency)), entity.periodStart,
                entity.periodEnd, entity.issuedAt, entity.createdAt);
    }
}
