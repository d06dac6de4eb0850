package com.bolti.tenancy.rest.http;

import com.bolti.tenancy.rest.problem.RequestRejectedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Deny by default: refuses calls to resource methods that declare no access rule, and checks
 * the token scope of service-to-service calls.
 */
public class DeclaredAccessFilter {

    private static final Logger LOG = Logger.getLogger(DeclaredAccessFilter.class);

    @Inject
    JsonWebToken token;

    @ServerRequestFilter
    public void checkDeclaredAccess(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RequiredAccess access = method.getAnnotation(RequiredAccess.class);
        if (access == null) {
            LOG.warnf("refused a call to %s.%s, which declares no access rule",
                    method.getDeclaringClass().getSimpleName(), method.getName());
            throw new RequestRejectedException(403, "access.denied", "this route declares no access rule");
        }
        if (!access.scope().isEmpty() && !hasScope(access.scope())) {
            throw new RequestRejectedException(403, "access.denied",
                    "this call needs a token with the " + access.scope() + " scope");
        }
    }

    private boolean hasScope(String scope) {
        if (token.getRawToken() == null) {
            throw new UnauthorizedException();
        }
        Object scopes = token.getClaim("scope");
        if (scopes == null) {
            return false;
        }
        for (String granted : scopes.toString().replace("\"", "").split(" ")) {
            if (granted.equals(scope)) {
                return true;
            }
        }
        return false;
    }
}
