package com.bolti.tenancy.test;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;

/** Signs real RS256 tokens with the test key pair, as the identity provider would. */
public final class Tokens {

    public static final String ISSUER = "bolti-test-issuer";
    public static final String AUDIENCE = "bolti-tenancy";
    private static final String PRIVATE_KEY = "test-keys/private.pem";

    private Tokens() {
    }

    /** A valid token for one user, good for an hour. */
    public static String forUser(TestUser user) {
        return claims(user).sign(PRIVATE_KEY);
    }

    /** A valid token that also carries the space-separated scopes. */
    public static String withScope(TestUser user, String scope) {
        return claims(user).claim("scope", scope).sign(PRIVATE_KEY);
    }

    /** A token that expired an hour ago. */
    public static String expired(TestUser user) {
        return claims(user)
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign(PRIVATE_KEY);
    }

    /** A token from another issuer. */
    public static String fromIssuer(TestUser user, String issuer) {
        return claims(user).issuer(issuer).sign(PRIVATE_KEY);
    }

    /** A token for another audience. */
    public static String forAudience(TestUser user, String audience) {
        return claims(user).audience(audience).sign(PRIVATE_KEY);
    }

    private static JwtClaimsBuilder claims(TestUser user) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user.subject())
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(3600));
        if (user.email() != null) {
            builder.claim("email", user.email());
        }
        if (user.name() != null) {
            builder.claim("name", user.name());
        }
        return builder;
    }
}
