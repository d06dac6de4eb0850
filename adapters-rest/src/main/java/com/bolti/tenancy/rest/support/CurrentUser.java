package com.bolti.tenancy.rest.support;

import com.bolti.tenancy.application.port.in.CallerIdentity;
import com.bolti.tenancy.application.port.in.ProvisionUserUseCase;
import com.bolti.tenancy.domain.model.User;
import com.bolti.tenancy.domain.model.UserId;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The user behind the request's verified token, provisioned on first use. Permissions are
 * never read from the token: only its identity claims are.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    @Inject
    ProvisionUserUseCase provisioning;

    private User user;

    /** Returns the caller, creating the user row on the first request of a new subject. */
    public User user() {
        if (user == null) {
            String subject = token.getSubject();
            if (subject == null || subject.isBlank()) {
                throw new UnauthorizedException("token has no sub claim");
            }
            user = provisioning.provision(new CallerIdentity(subject, claim("email"), claim("name")));
        }
        return user;
    }

    public UserId id() {
        return user().id();
    }

    /** Returns the {@code email} claim of this request's token, or {@code null}. */
    public String emailClaim() {
        return claim("email");
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replaceAll("^\"|\"$", "");
    }
}
