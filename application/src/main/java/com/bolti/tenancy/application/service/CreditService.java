package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.ListLedgerQuery;
import com.bolti.tenancy.application.port.in.TopUpCreditUseCase;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.CreditLedger;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.PaymentMethods;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.domain.billing.LedgerEntry;
import com.bolti.tenancy.domain.billing.Money;
import com.bolti.tenancy.domain.billing.PaymentMethod;
import com.bolti.tenancy.domain.billing.PaymentMethodId;
import com.bolti.tenancy.domain.error.UnknownPaymentMethodException;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.UuidV7;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Use cases on the prepaid credit ledger. A top-up locks the organization row, so concurrent
 * top-ups of one organization agree on its currency.
 */
public final class CreditService implements TopUpCreditUseCase, ListLedgerQuery {

    private final UnitOfWork unitOfWork;
    private final BillingAccess access;
    private final PaymentMethods paymentMethods;
    private final CreditLedger ledger;
    private final AuditEvents audit;
    private final Clock clock;

    public CreditService(UnitOfWork unitOfWork, OrganizationRepository organizations, PaymentMethods paymentMethods,
            CreditLedger ledger, AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.access = new BillingAccess(organizations);
        this.paymentMethods = paymentMethods;
        this.ledger = ledger;
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public LedgerEntry topUp(TopUpCreditCommand command) {
        LedgerEntry.checkTopUpAmount(command.amountMinor());
        Money amount = new Money(command.amountMinor(), Money.currency("currency", command.currency()));
        PaymentMethodId paymentMethodId = new PaymentMethodId(command.paymentMethodId());

        return unitOfWork.inTransaction(() -> {
            OrganizationId organizationId = access.manager(command.actor(), command.organizationId())
                    .organization().id();
            PaymentMethod paymentMethod = paymentMethods.findActive(organizationId, paymentMethodId)
                    .orElseThrow(() -> new UnknownPaymentMethodException(paymentMethodId));

            Instant now = Times.now(clock);
            LedgerEntry entry = LedgerEntry.topUp(UuidV7.next(clock), organizationId, amount, paymentMethod.id(),
                    ledger.currency(organizationId).orElse(null), command.actor(), now);
            ledger.append(entry);
            audit.record(command.actor(), organizationId, now, "billing.credit_topped_up", "ledger_entry", entry.id(),
                    Map.of("amountMinor", Long.toString(amount.amountMinor()),
                            "currency", amount.currency().getCurrencyCode(),
                            "paymentMethodId", paymentMethod.id().toString()));
            return entry;
        });
    }

    @Override
    public Page<LedgerEntry> list(UserId actor, OrganizationId organizationId, PageRequest page) {
        return unitOfWork.inTransaction(() -> {
            access.reader(actor, organizationId);
            return ledger.listNewestFirst(organizationId, page);
        });
    }
}
