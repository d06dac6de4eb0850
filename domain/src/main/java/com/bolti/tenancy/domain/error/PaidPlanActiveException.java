package com.bolti.tenancy.domain.error;

/** The organization is on a paid plan, so it cannot be deleted yet. */
public class PaidPlanActiveException extends TenancyException {

    public PaidPlanActiveException(String planTier) {
        super("the organization is on the " + planTier + " plan; change the plan to free before deleting it");
    }

    @Override
    public String code() {
        return "organization.paid_plan_active";
    }
}
