package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.ChangePlanUseCase;
import com.bolti.tenancy.application.port.in.GetBillingQuery;
import com.bolti.tenancy.application.port.in.ListInvoicesQuery;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.CreditLedger;
import com.bolti.tenancy.application.port.out.Invoices;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.PaymentMethods;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.domain.billing.Invoice;
import com.bolti.tenancy.domain.error.InvalidValueException;
import com.bolti.tenancy.domain.model.Organization;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.PlanTier;
import com.bolti.tenancy.domain.model.UserId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Use cases on an organization's plan and billing overview, and its invoice list. */
public final class BillingService implements GetBillingQuery, ChangePlanUseCase, ListInvoicesQuery {

    private static final System.Logger LOG = System.getLogger(BillingService.class.getName());

    private final UnitOfWork unitOfWork;
    private final OrganizationRepository organizations;
    private final BillingAccess access;
    private final PaymentMethods paymentMethods;
    private final CreditLedger ledger;
    private final Invoices invoices;
    private final AuditEvents audit;
    private final Clock clock;

    public BillingService(UnitOfWork unitOfWork, OrganizationRepository organizations, PaymentMethods paymentMethods,
            CreditLedger ledger, Invoices invoices, AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.access = new BillingAccess(organizations);
        this.paymentMethods = paymentMethods;
        this.ledger = ledger;
        this.invoices = invoices;
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public BillingOverview get(UserId actor, OrganizationId organizationId) {
        return unitOfWork.inTransaction(() -> overview(access.reader(actor, organizationId).organization()));
    }

    @Override
    public BillingOverview changePlan(ChangePlanCommand command) {
        PlanTier newTier = PlanTier.fromWireName(command.planTier());
        if (newTier == null) {
            throw new InvalidValueException("planTier", "must be one of free, starter, growth, enterprise");
        }

        return unitOfWork.inTransaction(() -> {
            Organization organization = access.manager(command.actor(), command.organizationId()).organization();
            PlanTier oldTier = organization.planTier();
            if (oldTier == newTier) {
                return overview(organization);
            }

            Instant now = Times.now(clock);
            organization.changePlan(newTier, now);
            organizations.update(organization);
            audit.record(command.actor(), organization.id(), now, "billing.plan_changed", "organization",
                    organization.id().value(), Map.of("from", oldTier.wireName(), "to", newTier.wireName()));
            LOG.log(Level.INFO, "organization {0} moved from the {1} plan to the {2} plan", organization.id(),
                    oldTier.wireName(), newTier.wireName());
            return overview(organization);
        });
    }

    @Override
    public Page<Invoice> list(UserId actor, OrganizationId organizationId, PageRequest page) {
        return unitOfWork.inTransaction(() -> {
            access.reader(actor, organizationId);
            return invoices.listNewestFirst(organizationId, page);
        });
    }

    private BillingOverview overview(Organization organization) {
        OrganizationId id = organization.id();
        return new BillingOverview(organization.planTier(), ledger.balanceMinor(id),
                ledger.currency(id).orElse(null), paymentMethods.listActive(id));
    }
}
