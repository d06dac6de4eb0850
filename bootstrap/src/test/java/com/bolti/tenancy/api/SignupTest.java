package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import com.bolti.tenancy.test.Concurrently;
import com.bolti.tenancy.test.Fixtures;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SignupTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void signupCreatesOrganizationAndWorkspace() {
        TestUser alice = TestUser.fresh("Alice");

        Response response = as(alice).body("{}").post("/v1/signup");

        response.then().statusCode(201)
                .body("user.id", matchesPattern(UUID_PATTERN))
                .body("user.email", equalTo(alice.email()))
                .body("user.name", equalTo("Alice"))
                .body("organization.id", matchesPattern(UUID_PATTERN))
                .body("organization.name", equalTo("Alice's organization"))
                .body("organization.slug", matchesPattern("alice-s-organization(-[0-9]+)?"))
                .body("organization.planTier", equalTo("free"))
                .body("organization.logoUrl", equalTo(null))
                .body("organization.settings", equalTo(Map.of()))
                .body("workspace.id", matchesPattern(UUID_PATTERN))
                .body("workspace.name", equalTo("Default"))
                .body("workspace.slug", equalTo("default"))
                .body("workspace.settings", equalTo(Map.of()));
        assertThat(response.<String>path("workspace.organizationId")).isEqualTo(response.path("organization.id"));
    }

    @Test
    void signupMakesCallerOwnerAndAdmin() {
        TestUser alice = TestUser.fresh("Alice");
        Response signup = as(alice).body("{}").post("/v1/signup");

        Response profile = as(alice).get("/v1/me");

        profile.then().statusCode(200)
                .body("user.id", equalTo(signup.path("user.id")))
                .body("organizations", hasSize(1))
                .body("organizations[0].organization.id", equalTo(signup.path("organization.id")))
                .body("organizations[0].role", equalTo("OWNER"))
                .body("organizations[0].defaultWorkspaceId", equalTo(signup.path("workspace.id")))
                .body("organizations[0].workspaces[0].role", equalTo("ADMIN"));
    }

    @Test
    void signupUsesCustomNames() {
        TestUser carol = TestUser.fresh("Carol");

        Response response = as(carol)
                .body(Map.of("organizationName", "  Nimbus Labs  ", "workspaceName", "Production"))
                .post("/v1/signup");

        response.then().statusCode(201)
                .body("organization.name", equalTo("Nimbus Labs"))
                .body("organization.slug", matchesPattern("nimbus-labs(-[0-9]+)?"))
                .body("workspace.name", equalTo("Production"))
                .body("workspace.slug", equalTo("production"));
    }

    @Test
    void defaultNameFallsBackToEmail() {
        TestUser nameless = new TestUser(TestUser.fresh("Nameless").subject(), "nameless@example.com", null);

        Response response = as(nameless).body("{}").post("/v1/signup");

        response.then().statusCode(201)
                .body("user.name", equalTo(null))
                .body("organization.name", equalTo("nameless@example.com's organization"));
    }

    @Test
    void secondSignupIsConflict() {
        TestUser bob = TestUser.fresh("Bob");
        as(bob).body("{}").post("/v1/signup").then().statusCode(201);

        Response second = as(bob).body(Map.of("organizationName", "Another")).post("/v1/signup");

        assertProblem(second, 409, "user.already_signed_up");
        as(bob).get("/v1/organizations").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("Bob's organization"));
    }

    @Test
    void concurrentSignupsCreateOneOrganization() {
        for (int round = 0; round < 3; round++) {
            TestUser racer = TestUser.fresh("Racer");

            List<Response> responses = Concurrently.run(8, i -> as(racer).body("{}").post("/v1/signup"));

            List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
            assertThat(statuses).as("round %d", round).containsOnly(201, 409);
            assertThat(statuses).as("round %d", round).filteredOn(status -> status == 201).hasSize(1);
            responses.stream()
                    .filter(response -> response.statusCode() == 409)
                    .forEach(response -> assertProblem(response, 409, "user.already_signed_up"));
            as(racer).get("/v1/me").then().statusCode(200).body("organizations", hasSize(1));
        }
    }

    @Test
    void concurrentSignupsWithSameNameSucceed() {
        String organizationName = Fixtures.uniqueSlug("Namesake");

        List<Response> responses = Concurrently.run(8, i -> as(TestUser.fresh("Namesake" + i))
                .body(Map.of("organizationName", organizationName)).post("/v1/signup"));

        assertThat(responses.stream().map(Response::statusCode)).containsOnly(201);
        List<String> slugs = responses.stream().map(response -> response.<String>path("organization.slug")).toList();
        assertThat(new HashSet<>(slugs)).hasSize(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "tab\there", "line\nbreak", "bell\u0007",
        "12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901"})
    void invalidOrganizationNameIsRejected(String name) {
        TestUser dave = TestUser.fresh("Dave");

        Response response = as(dave).body(Map.of("organizationName", name)).post("/v1/signup");

        assertProblem(response, 422, "validation.failed");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("organizationName");
        assertNotSignedUp(dave);
    }

    @Test
    void invalidWorkspaceNameIsRejected() {
        TestUser erin = TestUser.fresh("Erin");

        Response response = as(erin).body(Map.of("workspaceName", " ")).post("/v1/signup");

        assertProblem(response, 422, "validation.failed");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("workspaceName");
        assertNotSignedUp(erin);
    }

    @Test
    void hundredCharacterNameIsAccepted() {
        TestUser frank = TestUser.fresh("Frank");
        String name = "\uD83D\uDE80".repeat(100);

        Response response = as(frank).body(Map.of("organizationName", name)).post("/v1/signup");

        response.then().statusCode(201)
                .body("organization.name", equalTo(name))
                .body("organization.slug", matchesPattern("organization(-[0-9]+)?"));
    }

    @Test
    void nameOfWrongTypeIsRejected() {
        TestUser grace = TestUser.fresh("Grace");

        Response response = brokenAs(grace).contentType(ContentType.JSON)
                .body("{\"organizationName\": 42}").post("/v1/signup");

        assertProblem(response, 422, "validation.failed");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("organizationName");
        assertNotSignedUp(grace);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"plan\": \"pro\"}", "{\"role\": \"OWNER\"}",
        "{\"ownerId\": \"0190b2a4-0000-7000-8000-000000000000\"}"})
    void undefinedFieldIsRejected(String body) {
        TestUser heidi = TestUser.fresh("Heidi");

        Response response = brokenAs(heidi).contentType(ContentType.JSON).body(body).post("/v1/signup");

        assertProblem(response, 400, "request.unknown_field");
        assertNotSignedUp(heidi);
    }

    /** Asserts that the user owns nothing and can still sign up, so the rejected call changed nothing. */
    private static void assertNotSignedUp(TestUser user) {
        as(user).get("/v1/me").then().statusCode(200).body("organizations", hasSize(0));
        as(user).body("{}").post("/v1/signup").then().statusCode(201);
    }
}
