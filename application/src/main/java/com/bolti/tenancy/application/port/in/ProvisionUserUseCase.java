package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.User;

/** Resolves the user behind a verified token, creating the user on first use. */
public interface ProvisionUserUseCase {

    User provision(CallerIdentity caller);
}
