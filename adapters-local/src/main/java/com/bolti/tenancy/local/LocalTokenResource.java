package com.bolti.tenancy.local;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues signed tokens for any user, in local mode only. With a database configured the
 * route returns 404 like any unknown path, and no signing key exists.
 */
@Path("/local/tokens")
public class LocalTokenResource {

    static final String ISSUER = "bolti-local";
    static final String AUDIENCE = "bolti-tenancy";
    static final long LIFETIME_HOURS = 12;

    /** Claims of the token to issue; {@code scope} is space-separated, as in OAuth 2.0. */
    public record TokenRequest(String sub, String email, String name, String scope) {
    }

    public record TokenResponse(String token, Instant expiresAt) {
    }

    @ConfigProperty(name = LocalMain.ENABLED_PROPERTY, defaultValue = "false")
    boolean enabled;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TokenResponse issue(TokenRequest request) {
        if (!enabled) {
            throw new NotFoundException();
        }
        if (request == null || request.sub() == null || request.sub().isBlank()) {
            throw new jakarta.ws.rs.BadRequestException("sub is required");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(LIFETIME_HOURS, ChronoUnit.HOURS);
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(request.sub())
                .issuedAt(now).expiresAt(expiresAt);
        if (request.email() != null) {
            claims.claim("email", request.email());
        }
        if (request.name() != null) {
            claims.claim("name", request.name());
        }
        if (request.scope() != null) {
            claims.claim("scope", request.scope());
        }
        return new TokenResponse(claims.sign(), expiresAt);
    }
}
