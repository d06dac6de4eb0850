package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.anonymous;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.bolti.tenancy.test.TestUser;
import com.bolti.tenancy.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Requests without a valid token: every one gets 401 with a Bearer challenge. */
@QuarkusTest
class AuthenticationTest {

    @Test
    void missingTokenIsUnauthenticated() {
        assertUnauthenticated(anonymous().get("/v1/me"));
    }

    @Test
    void expiredTokenIsUnauthenticated() {
        assertUnauthenticated(withToken(Tokens.expired(TestUser.fresh("Late"))).get("/v1/me"));
    }

    @Test
    void wrongIssuerIsUnauthenticated() {
        String token = Tokens.fromIssuer(TestUser.fresh("Ivy"), "https://impostor.example.com");

        assertUnauthenticated(withToken(token).get("/v1/me"));
    }

    @Test
    void wrongAudienceIsUnauthenticated() {
        String token = Tokens.forAudience(TestUser.fresh("Aud"), "another-service");

        assertUnauthenticated(withToken(token).get("/v1/me"));
    }

    @Test
    void garbageTokenIsUnauthenticated() {
        assertUnauthenticated(withToken("not.a.jwt").get("/v1/me"));
        assertUnauthenticated(withToken("garbage").get("/v1/organizations"));
    }

    @Test
    void foreignKeySignatureIsUnauthenticated() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreignKey = generator.generateKeyPair().getPrivate();
        String token = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("auth0|forged")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600))
                .sign(foreignKey);

        assertUnauthenticated(withToken(token).get("/v1/me"));
    }

    @Test
    void tamperedTokenIsUnauthenticated() {
        String[] parts = Tokens.forUser(TestUser.fresh("Tam")).split("\\.");
        String otherPayload = Tokens.forUser(TestUser.fresh("Victim")).split("\\.")[1];

        assertUnauthenticated(withToken(parts[0] + "." + otherPayload + "." + parts[2]).get("/v1/me"));
    }

    @Test
    void writesWithoutTokenAreUnauthenticated() {
        assertUnauthenticated(anonymous().contentType(ContentType.JSON).body("{}").post("/v1/signup"));
        assertUnauthenticated(anonymous().contentType(ContentType.JSON).body("{\"name\":\"Nobody\"}")
                .post("/v1/organizations"));
        assertUnauthenticated(anonymous().contentType(ContentType.JSON).body("{\"name\":\"Nobody\"}")
                .patch("/v1/workspaces/01900000-0000-7000-8000-000000000000"));
    }

    private static RequestSpecification withToken(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    private static void assertUnauthenticated(Response response) {
        assertProblem(response, 401, "auth.unauthenticated");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
