package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.CreditLedger;
import com.bolti.tenancy.domain.billing.LedgerEntry;
import com.bolti.tenancy.domain.billing.LedgerEntryKind;
import com.bolti.tenancy.domain.billing.Money;
import com.bolti.tenancy.domain.billing.PaymentMethodId;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The credit ledger in PostgreSQL. {@code credit_accounts} stores each organization's currency,
 * and a foreign key keeps every entry in that currency.
 */
@ApplicationScoped
class CreditLedgerStore implements CreditLedger, PanacheRepositoryBase<LedgerEntryEntity, UUID> {

    @Override
    public Optional<Currency> currency(OrganizationId organizationId) {
        List<?> codes = getEntityManager()
                .createNativeQuery("SELECT currency FROM credit_accounts WHERE organization_id = :organization")
                .setParameter("organization", organizationId.value())
                .getResultList();
        return codes.stream().findFirst().map(code -> Currency.getInstance((String) code));
    }

    @Override
    public void append(LedgerEntry entry) {
        getEntityManager().createNativeQuery("""
                INSERT INTO credit_accounts (organization_id, currency, created_at)
                VALUES (:organization, :currency, :now)
                ON CONFLICT (organization_id) DO NOTHING""")
                .setParameter("organization", entry.organizationId().value())
                .setParameter("currency", entry.amount().currency().getCurrencyCode())
                .setParameter("now", entry.createdAt())
                .executeUpdate();

        LedgerEntryEntity entity = new LedgerEntryEntity();
        entity.id = entry.id();
        entity.organizationId = entry.organizationId().value();
        entity.kind = entry.kind().wireName();
        entity.amountMinor = entry.amount().amountMinor();
        entity.currency = entry.amount().currency().getCurrencyCode();
        entity.paymentMethodId = entry.paymentMethodId() == null ? null : entry.paymentMethodId().value();
        entity.actorUserId = entry.actor() == null ? null : entry.actor().value();
        entity.createdAt = entry.createdAt();
        persist(entity);
        getEntityManager().flush();
    }

    @Override
    public long balanceMinor(OrganizationId organizationId) {
        Number sum = (Number) getEntityManager().createNativeQuery(
                "SELECT coalesce(sum(amount_minor), 0) FROM credit_ledger_entries WHERE organization_id = :organization")
                .setParameter("organization", organizationId.value())
                .getSingleResult();
        return sum.longValue();
    }

    @Override
    public Page<LedgerEntry> listNewestFirst(OrganizationId organizationId, PageRequest page) {
        Parameters parameters = Parameters.with("organization", organizationId.value());
        String where = "organizationId = :organization";
        if (page.after() != null) {
            where += " and id < :after";
            parameters.and("after", page.after());
        }
        List<LedgerEntry> rows = find(where, Sort.descending("id"), parameters)
                .range(0, page.limit())
                .stream()
                .map(CreditLedgerStore::toEntry)
                .toList();
        return Keyset.page(rows, page, LedgerEntry::id);
    }

    @Override
    public long count(OrganizationId organizationId) {
        return count("organizationId", organizationId.value());
    }

    private static LedgerEntry toEntry(LedgerEntryEntity entity) {
        return new LedgerEntry(entity.id, new OrganizationId(entity.organizationId),
                LedgerEntryKind.fromWireName(entity.kind),
                new Money(entity.amountMinor, Currency.getInstance(entity.currency)),
                entity.paymentMethodId == null ? null : new PaymentMethodId(entity.paymentMethodId),
                entity.actorUserId == null ? null : new UserId(entity.actorUserId), entity.createdAt);
    }
}
