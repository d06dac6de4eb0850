package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.AddPaymentMethodUseCase;
import com.bolti.tenancy.application.port.in.RemovePaymentMethodUseCase;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.PaymentMethods;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.domain.billing.PaymentMethod;
import com.bolti.tenancy.domain.billing.PaymentMethodId;
import com.bolti.tenancy.domain.error.PaymentMethodNotFoundException;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.UuidV7;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

/** Use cases on an organization's payment methods: add and remove. */
public final class PaymentMethodService implements AddPaymentMethodUseCase, RemovePaymentMethodUseCase {

    private final UnitOfWork unitOfWork;
    private final BillingAccess access;
    private final PaymentMethods paymentMethods;
    private final AuditEvents audit;
    private final Clock clock;

    public PaymentMethodService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            PaymentMethods paymentMethods, AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.access = new BillingAccess(organizations);
        this.paymentMethods = paymentMethods;
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public PaymentMethod add(AddPaymentMethodCommand command) {
        Instant now = Times.now(clock);
        PaymentMethod paymentMethod = PaymentMethod.register(new PaymentMethodId(UuidV7.next(clock)),
                command.organizationId(), command.processorToken(), command.brand(), command.last4(),
                command.expMonth(), command.expYear(), YearMonth.from(now.atOffset(ZoneOffset.UTC)), now);

        return unitOfWork.inTransaction(() -> {
            access.manager(command.actor(), command.organizationId());
            paymentMethods.add(paymentMethod);
            audit.record(command.actor(), command.organizationId(), now, "billing.payment_method_added",
                    "payment_method", paymentMethod.id().value(),
                    Map.of("brand", paymentMethod.brand(), "last4", paymentMethod.last4()));
            return paymentMethod;
        });
    }

    @Override
    public void remove(UserId actor, OrganizationId organizationId, PaymentMethodId paymentMethodId) {
        unitOfWork.inTransaction(() -> {
            access.manager(actor, organizationId);
            Instant now = Times.now(clock);
            if (!paymentMethods.remove(organizationId, paymentMethodId, now)) {
                throw new PaymentMethodNotFoundException(paymentMethodId);
            }
            audit.record(actor, organizationId, now, "billing.payment_method_removed", "payment_method",
                    paymentMethodId.value(), Map.of());
            return null;
        });
    }
}
