package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.bolti.tenancy.test.Concurrently;
import com.bolti.tenancy.test.Fixtures;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class OrganizationCreateTest {

    @Test
    void createAnswersOrganizationWithHeaders() {
        TestUser olivia = TestUser.fresh("Olivia");

        Response response = as(olivia).body(Map.of("name", "Orbit Works")).post("/v1/organizations");

        response.then().statusCode(201)
                .body("name", equalTo("Orbit Works"))
                .body("planTier", equalTo("free"))
                .body("logoUrl", equalTo(null))
                .body("settings", equalTo(Map.of()));
        assertThat(URI.create(response.header("Location")).getPath())
                .isEqualTo("/v1/organizations/" + response.path("id"));
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void creatorBecomesOwnerWithDefaultWorkspace() {
        TestUser olivia = TestUser.fresh("Olivia");

        String organizationId = Fixtures.createOrganization(olivia, "Orbit Works");

        as(olivia).get("/v1/organizations").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(organizationId))
                .body("items[0].role", equalTo("OWNER"));
        as(olivia).get("/v1/organizations/{orgId}/workspaces", organizationId).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("Default"))
                .body("items[0].slug", equalTo("default"))
                .body("items[0].role", equalTo("ADMIN"));
    }

    @Test
    void derivedSlugStripsAccents() {
        Response response = as(TestUser.fresh("Nina")).body(Map.of("name", "Café Ñandú")).post("/v1/organizations");

        response.then().statusCode(201).body("slug", equalTo("cafe-nandu"));
    }

    @Test
    void takenDerivedSlugGetsSuffix() {
        TestUser oscar = TestUser.fresh("Oscar");
        String name = Fixtures.uniqueSlug("Suffix Test");
        String base = name.toLowerCase().replace(' ', '-');

        List<String> slugs = List.of(create(oscar, name), create(oscar, name), create(oscar, name));

        assertThat(slugs).containsExactly(base, base + "-2", base + "-3");
    }

    @Test
    void emojiNameFallsBackToOrganization() {
        Response response = as(TestUser.fresh("Emma")).body(Map.of("name", "\uD83D\uDE80\uD83C\uDF89"))
                .post("/v1/organizations");

        response.then().statusCode(201);
        assertThat(response.<String>path("slug")).matches("organization(-[0-9]+)?");
    }

    @Test
    void reservedDerivedSlugGetsSuffix() {
        Response response = as(TestUser.fresh("Adam")).body(Map.of("name", "Admin")).post("/v1/organizations");

        response.then().statusCode(201);
        assertThat(response.<String>path("slug")).isNotEqualTo("admin");
        assertThat(response.<String>path("slug")).matches("admin-[0-9]+");
    }

    @Test
    void explicitSlugIsKept() {
        String slug = Fixtures.uniqueSlug("explicit");

        Response response = as(TestUser.fresh("Paul")).body(Map.of("name", "Anything", "slug", slug))
                .post("/v1/organizations");

        response.then().statusCode(201).body("slug", equalTo(slug));
    }

    @Test
    void takenExplicitSlugIsConflict() {
        String slug = Fixtures.uniqueSlug("taken");
        as(TestUser.fresh("First")).body(Map.of("name", "First", "slug", slug)).post("/v1/organizations")
                .then().statusCode(201);
        TestUser second = TestUser.fresh("Second");

        Response response = as(second).body(Map.of("name", "Second", "slug", slug)).post("/v1/organizations");

        assertProblem(response, 409, "slug.taken");
        assertOwnsNothing(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme", "-acme", "acme-", "acme_co", "acme co", "",
        "a123456789012345678901234567890123456789012345678901234567890123",
        "\u0430cme", "acm\u00e9"})
    void invalidExplicitSlugIsRejected(String slug) {
        TestUser quinn = TestUser.fresh("Quinn");

        Response response = as(quinn).body(Map.of("name", "Quinn Co", "slug", slug)).post("/v1/organizations");

        assertProblem(response, 422, "slug.invalid");
        assertOwnsNothing(quinn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "admin", "new", "settings", "me"})
    void reservedExplicitSlugIsRejected(String slug) {
        TestUser rita = TestUser.fresh("Rita");

        Response response = as(rita).body(Map.of("name", "Rita Co", "slug", slug)).post("/v1/organizations");

        assertProblem(response, 422, "slug.reserved");
        assertOwnsNothing(rita);
    }

    @Test
    void sixtyThreeCharacterSlugIsAccepted() {
        String slug = "a12345678901234567890123456789012345678901234567890123456789012";

        Response response = as(TestUser.fresh("Sam")).body(Map.of("name", "Long", "slug", slug))
                .post("/v1/organizations");

        response.then().statusCode(201).body("slug", equalTo(slug));
    }

    @Test
    void missingNameIsRejected() {
        TestUser tara = TestUser.fresh("Tara");

        Response response = brokenAs(tara).contentType(ContentType.JSON)
                .body(Map.of("slug", Fixtures.uniqueSlug("nameless"))).post("/v1/organizations");

        assertProblem(response, 422, "validation.failed");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("name");
        assertOwnsNothing(tara);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ownerId", "role", "planTier", "organizationId"})
    void undefinedFieldIsRejected(String field) {
        TestUser uma = TestUser.fresh("Uma");

        Response response = brokenAs(uma).contentType(ContentType.JSON)
                .body(Map.of("name", "Uma Co", field, "x")).post("/v1/organizations");

        assertProblem(response, 400, "request.unknown_field");
        assertThat(response.<String>path("errors[0].field")).isEqualTo(field);
        assertOwnsNothing(uma);
    }

    @Test
    void concurrentSameSlugCreatesOne() {
        String slug = Fixtures.uniqueSlug("race");

        List<Response> responses = Concurrently.run(8, i -> as(TestUser.fresh("Racer" + i))
                .body(Map.of("name", "Racer " + i, "slug", slug)).post("/v1/organizations"));

        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
        responses.stream()
                .filter(response -> response.statusCode() == 409)
                .forEach(response -> assertProblem(response, 409, "slug.taken"));
    }

    @Test
    void concurrentSameNameGetsDistinctSlugs() {
        for (int round = 0; round < 3; round++) {
            String name = Fixtures.uniqueSlug("Crowd");

            List<Response> responses = Concurrently.run(8, i -> as(TestUser.fresh("Crowd" + i))
                    .body(Map.of("name", name)).post("/v1/organizations"));

            List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
            assertThat(statuses).as("round %d", round).containsOnly(201);
            List<String> slugs = responses.stream().map(response -> response.<String>path("slug")).toList();
            assertThat(new HashSet<>(slugs)).as("round %d", round).hasSize(8);
        }
    }

    private static String create(TestUser owner, String name) {
        return as(owner).body(Map.of("name", name)).post("/v1/organizations")
                .then().statusCode(201).extract().path("slug");
    }

    /** Asserts that the user belongs to no organization, so the rejected create stored nothing. */
    private static void assertOwnsNothing(TestUser user) {
        as(user).get("/v1/organizations").then().statusCode(200).body("items", hasSize(0));
    }
}
