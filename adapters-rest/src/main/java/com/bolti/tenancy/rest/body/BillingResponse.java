package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.in.GetBillingQuery;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An organization's plan, credit balance and payment methods. */
public record BillingResponse(String planTier, CreditBalance creditBalance,
        List<PaymentMethodResponse> paymentMethods) {

    /** The sum of the credit ledger; {@code currency} is null until the first top-up sets it. */
    public record CreditBalance(long amountMinor, @JsonInclude(JsonInclude.Include.ALWAYS) String currency) {
    }

    public static BillingResponse of(GetBillingQuery.BillingOverview overview) {
        String currency = overview.currency() == null ? null : overview.currency().getCurrencyCode();
        return new BillingResponse(overview.planTier().wireName(),
                new CreditBalance(overview.balanceMinor(), currency),
                overview.paymentMethods().stream().map(PaymentMethodResponse::of).toList());
    }
}
