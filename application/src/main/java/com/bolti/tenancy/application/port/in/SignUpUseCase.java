package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.domain.model.User;
import com.bolti.tenancy.domain.model.UserId;

/** Signs a user up once: creates an organization they own and its first workspace. */
public interface SignUpUseCase {

    /**
     * @param organizationName name of the new organization, or {@code null} for the default
     * @param workspaceName    name of the first workspace, or {@code null} for {@code Default}
     */
    record SignUpCommand(UserId actor, String organizationName, String workspaceName) {
    }

    record SignUpResult(User user, MemberOrganization organization, VisibleWorkspace workspace) {
    }

    SignUpResult signUp(SignUpCommand command);
}
