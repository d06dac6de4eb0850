package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.anonymous;
import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static com.bolti.tenancy.test.ProblemAssertions.assertLeaksNothing;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import com.bolti.tenancy.test.Fixtures;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed requests: each gets a 4xx problem-details response and changes nothing. */
@QuarkusTest
class RequestErrorTest {

    @ParameterizedTest
    @ValueSource(strings = {"/v1/nothing-here", "/nothing-here", "/v1/organizations/01900000-0000-7000-8000-000000000000/nothing"})
    void unknownRouteIsNotFound(String path) {
        Response response = anonymous().get(path);

        assertProblem(response, 404, "route.not_found");
    }

    @Test
    void unknownRouteWithTokenIsNotFound() {
        Response response = brokenAs(TestUser.fresh("Lost")).get("/v1/nothing-here");

        assertProblem(response, 404, "route.not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"name\": }", "{\"name\": \"a\"} trailing", "name=a", "{'name': 'a'}"})
    void malformedJsonIsRejected(String body) {
        TestUser user = TestUser.fresh("Mal");

        Response response = brokenAs(user).contentType(ContentType.JSON).body(body).post("/v1/organizations");

        assertProblem(response, 400, "request.malformed_json");
        assertOwnsNothing(user);
    }

    @Test
    void duplicateKeysAreRejected() {
        TestUser user = TestUser.fresh("Dup");

        Response response = brokenAs(user).contentType(ContentType.JSON)
                .body("{\"name\": \"First\", \"name\": \"Second\"}").post("/v1/organizations");

        assertProblem(response, 400, "request.malformed_json");
        assertOwnsNothing(user);
    }

    @Test
    void nestedDuplicateKeysAreRejected() {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Nested Dup");

        Response response = brokenAs(owner).contentType(ContentType.JSON)
                .body("{\"settings\": {\"a\": 1, \"a\": 2}}").patch("/v1/organizations/{orgId}", id);

        assertProblem(response, 400, "request.malformed_json");
    }

    @Test
    void nonObjectBodyIsRejected() {
        TestUser user = TestUser.fresh("Arr");

        Response response = brokenAs(user).contentType(ContentType.JSON).body("[{\"name\": \"a\"}]")
                .post("/v1/organizations");

        assertThat(response.statusCode()).isEqualTo(400);
        assertLeaksNothing(response.asString());
        assertOwnsNothing(user);
    }

    @Test
    void emptyBodyIsRejected() {
        TestUser user = TestUser.fresh("Empty");

        Response response = brokenAs(user).contentType(ContentType.JSON).body("").post("/v1/organizations");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertLeaksNothing(response.asString());
        assertOwnsNothing(user);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded"})
    void wrongContentTypeIsUnsupported(String contentType) {
        TestUser user = TestUser.fresh("Type");

        Response response = brokenAs(user).contentType(contentType).body("{\"name\": \"Typed\"}")
                .post("/v1/organizations");

        assertProblem(response, 415, "request.unsupported_media_type");
        assertOwnsNothing(user);
    }

    @Test
    void oversizedBodyIsTooLarge() {
        TestUser user = TestUser.fresh("Big");
        String body = "{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}";

        Response response = brokenAs(user).contentType(ContentType.JSON).body(body).post("/v1/organizations");

        assertProblem(response, 413, "request.body_too_large");
        assertOwnsNothing(user);
    }

    @Test
    void problemBodiesLeakNothing() {
        TestUser user = TestUser.fresh("Leak");
        List<Response> responses = List.of(
                brokenAs(user).contentType(ContentType.JSON).body("{\"name\": \u0000}").post("/v1/organizations"),
                brokenAs(user).contentType(ContentType.JSON).body("{\"name\": [1, {\"a\": }]}").post("/v1/organizations"),
                brokenAs(user).contentType(ContentType.JSON).body("{\"name\": 1e999999}").post("/v1/organizations"),
                brokenAs(user).contentType(ContentType.JSON).body("{\"slug\": {\"nested\": true}, \"name\": \"x\"}")
                        .post("/v1/organizations"),
                brokenAs(user).get("/v1/organizations/%27%20OR%201%3D1%20--"),
                brokenAs(user).queryParam("cursor", "a".repeat(500)).get("/v1/organizations"),
                brokenAs(user).header("If-Match", "\"" + "9".repeat(40) + "\"").contentType(ContentType.JSON)
                        .body("{}").patch("/v1/organizations/01900000-0000-7000-8000-000000000000"));

        for (Response response : responses) {
            assertThat(response.statusCode()).as(response.asString()).isBetween(400, 499);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertLeaksNothing(response.asString());
        }
        assertOwnsNothing(user);
    }

    private static void assertOwnsNothing(TestUser user) {
        as(user).get("/v1/organizations").then().statusCode(200).body("items", hasSize(0));
    }
}
