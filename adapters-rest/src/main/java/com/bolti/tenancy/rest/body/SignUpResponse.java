package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.in.SignUpUseCase;

/** Result of signup: the user, their organization and its first workspace. */
public record SignUpResponse(UserResponse user, OrganizationResponse organization,
        WorkspaceResponse workspace) {

    public static SignUpResponse of(SignUpUseCase.SignUpResult result) {
        return new SignUpResponse(UserResponse.of(result.user()),
                OrganizationResponse.of(result.organization().organization()),
                WorkspaceResponse.of(result.workspace().workspace()));
    }
}
