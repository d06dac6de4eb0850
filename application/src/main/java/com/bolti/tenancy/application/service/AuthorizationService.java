package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.CheckAuthorizationQuery;
import com.bolti.tenancy.application.port.out.AccessChecks;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.access.WorkspaceAccess;
import com.bolti.tenancy.domain.error.InvalidValueException;
import com.bolti.tenancy.domain.error.UnknownPermissionException;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Service-to-service authorization checks, resolved exactly as the REST endpoints resolve access. */
public final class AuthorizationService implements CheckAuthorizationQuery {

    private final UnitOfWork unitOfWork;
    private final AccessChecks accessChecks;

    public AuthorizationService(UnitOfWork unitOfWork, AccessChecks accessChecks) {
        this.unitOfWork = unitOfWork;
        this.accessChecks = accessChecks;
    }

    @Override
    public List<Boolean> check(List<Check> checks) {
        if (checks.isEmpty() || checks.size() > MAX_CHECKS) {
            throw new InvalidValueException("checks", "must hold 1 to " + MAX_CHECKS + " checks");
        }
        List<Capability> capabilities = new ArrayList<>();
        Set<AccessChecks.Subject> subjects = new LinkedHashSet<>();
        for (Check check : checks) {
            Capability capability = Capability.fromWireName(check.capability());
            if (capability == null) {
                throw new UnknownPermissionException(String.valueOf(check.capability()));
            }
            capabilities.add(capability);
            subjects.add(subject(check));
        }

        Map<AccessChecks.Subject, WorkspaceAccess> access =
                unitOfWork.inTransaction(() -> accessChecks.accessOf(subjects));
        List<Boolean> answers = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            WorkspaceAccess found = access.getOrDefault(subject(checks.get(i)), WorkspaceAccess.none());
            answers.add(found.allows(capabilities.get(i)));
        }
        return answers;
    }

    private static AccessChecks.Subject subject(Check check) {
        return new AccessChecks.Subject(new UserId(check.userId()), new WorkspaceId(check.workspaceId()));
    }
}
