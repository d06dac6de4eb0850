package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;

/** Moves an organization to another plan (owner and billing members). */
public interface ChangePlanUseCase {

    /** @param planTier the plan's wire name as sent, validated by the use case */
    record ChangePlanCommand(UserId actor, OrganizationId organizationId, String planTier) {
    }

    GetBillingQuery.BillingOverview changePlan(ChangePlanCommand command);
}
