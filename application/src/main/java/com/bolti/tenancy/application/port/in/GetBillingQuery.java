package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.billing.PaymentMethod;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.PlanTier;
import com.bolti.tenancy.domain.model.UserId;
import java.util.Currency;
import java.util.List;

/** Reads an organization's plan, credit balance and payment methods (owner, admins, billing). */
public interface GetBillingQuery {

    /**
     * @param balanceMinor the sum of the credit ledger in minor units
     * @param currency     the ledger's currency, or {@code null} before the first top-up
     */
    record BillingOverview(PlanTier planTier, long balanceMinor, Currency currency,
            List<PaymentMethod> paymentMethods) {

        public BillingOverview {
            paymentMethods = List.copyOf(paymentMethods);
        }
    }

    BillingOverview get(UserId actor, OrganizationId organizationId);
}
