package com.bolti.tenancy.api;

import static com.bolti.tenancy.api.OrganizationAccessTest.read;
import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.bolti.tenancy.test.Fixtures;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Organization settings: any JSON object up to 64 KiB, returned exactly as sent. */
@QuarkusTest
class OrganizationSettingsTest {

    /** Compact JSON with keys out of alphabetical order, nesting, a trailing-zero decimal and non-ASCII text. */
    private static final String SETTINGS = "{\"zeta\":1,\"alpha\":{\"nested\":[1,2.50,{\"deep\":true}],"
            + "\"empty\":{},\"none\":null},\"ratio\":1.10,\"big\":123456789012345678901234567890,"
            + "\"text\":\"Caf\u00e9 \u00d1and\u00fa \uD83D\uDE80\",\"negative\":-0.001}";

    @Test
    void settingsRoundTripExactly() {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Settings Co");

        Response patched = as(owner).body("{\"settings\":" + SETTINGS + "}").patch("/v1/organizations/{orgId}", id);

        patched.then().statusCode(200);
        assertThat(patched.asString()).contains("\"settings\":" + SETTINGS + ",");
        assertThat(as(owner).get("/v1/organizations/{orgId}", id).asString())
                .contains("\"settings\":" + SETTINGS + ",");
        assertThat(as(owner).get("/v1/organizations").asString()).contains("\"settings\":" + SETTINGS + ",");
    }

    @Test
    void settingsAreReplacedWhole() {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Replace Co");
        as(owner).body("{\"settings\":{\"a\":1,\"b\":2}}").patch("/v1/organizations/{orgId}", id)
                .then().statusCode(200);

        Response response = as(owner).body("{\"settings\":{\"c\":3}}").patch("/v1/organizations/{orgId}", id);

        response.then().statusCode(200);
        assertThat(read(owner, id).get("settings")).isEqualTo(Map.of("c", 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"text\"", "[1,2]", "42", "true", "null"})
    void nonObjectSettingsAreRejected(String settings) {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Typed Co");
        Map<String, Object> before = read(owner, id);

        Response response = brokenAs(owner).contentType(ContentType.JSON)
                .body("{\"settings\":" + settings + "}").patch("/v1/organizations/{orgId}", id);

        assertProblem(response, 422, "validation.failed");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("settings");
        assertThat(read(owner, id)).isEqualTo(before);
    }

    @Test
    void settingsOfSixtyFourKibibytesAreAccepted() {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Roomy Co");
        String settings = settingsOfBytes(64 * 1024);

        Response response = as(owner).body("{\"settings\":" + settings + "}").patch("/v1/organizations/{orgId}", id);

        response.then().statusCode(200);
        assertThat(response.asString()).contains(settings);
    }

    @Test
    void settingsAboveSixtyFourKibibytesAreRejected() {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Crowded Co");
        Map<String, Object> before = read(owner, id);

        Response response = as(owner).body("{\"settings\":" + settingsOfBytes(64 * 1024 + 1) + "}")
                .patch("/v1/organizations/{orgId}", id);

        assertProblem(response, 422, "settings.too_large");
        assertThat(read(owner, id)).isEqualTo(before);
    }

    /** Builds a compact JSON object of exactly {@code bytes} bytes of ASCII. */
    private static String settingsOfBytes(int bytes) {
        String prefix = "{\"blob\":\"";
        String suffix = "\"}";
        return prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix;
    }
}
