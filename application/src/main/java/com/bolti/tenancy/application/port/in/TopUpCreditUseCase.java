package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.billing.LedgerEntry;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import java.util.UUID;

/** Adds prepaid credit charged to one of the organization's payment methods (owner and billing members). */
public interface TopUpCreditUseCase {

    /** @param currency the ISO 4217 code as sent, validated by the use case */
    record TopUpCreditCommand(UserId actor, OrganizationId organizationId, long amountMinor, String currency,
            UUID paymentMethodId) {
    }

    LedgerEntry topUp(TopUpCreditCommand command);
}
