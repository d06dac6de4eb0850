package com.bolti.tenancy.api;

import static com.bolti.tenancy.api.OrganizationAccessTest.read;
import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.bolti.tenancy.test.Fixtures;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PATCH of an organization: names, slugs, logo and optimistic locking. */
@QuarkusTest
class OrganizationUpdateTest {

    @Test
    void renameKeepsSlug() {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Before Rename");
        String slug = read(owner, id).get("slug").toString();

        Response response = as(owner).body(Map.of("name", "After Rename")).patch("/v1/organizations/{orgId}", id);

        response.then().statusCode(200)
                .body("name", equalTo("After Rename"))
                .body("slug", equalTo(slug));
        assertThat(read(owner, id).get("name")).isEqualTo("After Rename");
    }

    @Test
    void slugChangeFreesOldSlug() {
        TestUser owner = TestUser.fresh("Owner");
        String oldSlug = Fixtures.uniqueSlug("old");
        String newSlug = Fixtures.uniqueSlug("new");
        String id = createWithSlug(owner, oldSlug).path("id");

        as(owner).body(Map.of("slug", newSlug)).patch("/v1/organizations/{orgId}", id)
                .then().statusCode(200).body("slug", equalTo(newSlug));

        createWithSlug(TestUser.fresh("Newcomer"), oldSlug).then().statusCode(201);
        assertThat(read(owner, id).get("slug")).isEqualTo(newSlug);
    }

    @Test
    void takenSlugOnPatchIsConflict() {
        TestUser owner = TestUser.fresh("Owner");
        String takenSlug = Fixtures.uniqueSlug("held");
        createWithSlug(TestUser.fresh("Holder"), takenSlug).then().statusCode(201);
        String id = Fixtures.createOrganization(owner, "Wants Slug");
        Map<String, Object> before = read(owner, id);

        Response response = as(owner).body(Map.of("slug", takenSlug, "name", "Also Renamed"))
                .patch("/v1/organizations/{orgId}", id);

        assertProblem(response, 409, "slug.taken");
        assertThat(read(owner, id)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UPPER", "-lead", "\u0430pple", "admin", "api"})
    void invalidSlugOnPatchIsRejected(String slug) {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Keeps Slug");
        Map<String, Object> before = read(owner, id);

        Response response = as(owner).body(Map.of("slug", slug)).patch("/v1/organizations/{orgId}", id);

        String expectedCode = slug.equals("admin") || slug.equals("api") ? "slug.reserved" : "slug.invalid";
        assertProblem(response, 422, expectedCode);
        assertThat(read(owner, id)).isEqualTo(before);
    }

    @Test
    void matchingIfMatchUpdatesAndChangesETag() {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Versioned");
        String etag = as(owner).get("/v1/organizations/{orgId}", id).header("ETag");

        Response response = as(owner).header("If-Match", etag).body(Map.of("name", "Versioned Again"))
                .patch("/v1/organizations/{orgId}", id);

        response.then().statusCode(200).body("name", equalTo("Versioned Again"));
        assertThat(response.header("ETag")).isNotNull().isNotEqualTo(etag);
        assertThat(as(owner).get("/v1/organizations/{orgId}", id).header("ETag")).isEqualTo(response.header("ETag"));
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Contended");
        String staleETag = as(owner).get("/v1/organizations/{orgId}", id).header("ETag");
        as(owner).header("If-Match", staleETag).body(Map.of("name", "First Writer"))
                .patch("/v1/organizations/{orgId}", id).then().statusCode(200);
        Response current = as(owner).get("/v1/organizations/{orgId}", id);

        Response response = as(owner).header("If-Match", staleETag).body(Map.of("name", "Second Writer"))
                .patch("/v1/organizations/{orgId}", id);

        assertProblem(response, 412, "precondition.failed");
        Response after = as(owner).get("/v1/organizations/{orgId}", id);
        assertThat(after.jsonPath().getMap("")).isEqualTo(current.jsonPath().getMap(""));
        assertThat(after.header("ETag")).isEqualTo(current.header("ETag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"99\"", "W/\"0\"", "\"abc\"", "0"})
    void foreignIfMatchIsPreconditionFailed(String ifMatch) {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Guarded");
        Map<String, Object> before = read(owner, id);

        Response response = as(owner).header("If-Match", ifMatch).body(Map.of("name", "Unguarded"))
                .patch("/v1/organizations/{orgId}", id);

        assertProblem(response, 412, "precondition.failed");
        assertThat(read(owner, id)).isEqualTo(before);
    }

    @Test
    void wildcardIfMatchUpdates() {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Wildcard");

        as(owner).header("If-Match", "*").body(Map.of("name", "Wildcard Done"))
                .patch("/v1/organizations/{orgId}", id)
                .then().statusCode(200).body("name", equalTo("Wildcard Done"));
    }

    @Test
    void logoIsSetAndCleared() {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Logo Co");
        String logo = "https://cdn.example.com/logos/logo-co.png";

        as(owner).body(Map.of("logoUrl", logo)).patch("/v1/organizations/{orgId}", id)
                .then().statusCode(200).body("logoUrl", equalTo(logo));
        assertThat(read(owner, id).get("logoUrl")).isEqualTo(logo);

        Map<String, Object> clear = new HashMap<>();
        clear.put("logoUrl", null);
        as(owner).body(clear).patch("/v1/organizations/{orgId}", id)
                .then().statusCode(200).body("logoUrl", equalTo(null));
        assertThat(read(owner, id)).containsEntry("logoUrl", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://cdn.example.com/logo.png", "/relative/logo.png", "not a url", ""})
    void invalidLogoIsRejected(String logo) {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Logo Check");
        Map<String, Object> before = read(owner, id);

        Response response = as(owner).body(Map.of("logoUrl", logo)).patch("/v1/organizations/{orgId}", id);

        assertProblem(response, 422, "validation.failed");
        assertThat(response.<String>path("errors[0].field")).isEqualTo("logoUrl");
        assertThat(read(owner, id)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": null}", "{\"slug\": null}", "{\"name\": 7}", "{\"name\": \"  \"}"})
    void invalidNameOrSlugIsRejected(String body) {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Name Check");
        Map<String, Object> before = read(owner, id);

        Response response = brokenAs(owner).contentType(ContentType.JSON).body(body)
                .patch("/v1/organizations/{orgId}", id);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.<String>path("code")).isIn("validation.failed", "slug.invalid");
        assertThat(read(owner, id)).isEqualTo(before);
    }

    @Test
    void unknownFieldOnPatchIsRejected() {
        TestUser owner = TestUser.fresh("Owner");
        String id = Fixtures.createOrganization(owner, "Plan Check");
        Map<String, Object> before = read(owner, id);

        Response response = brokenAs(owner).contentType(ContentType.JSON)
                .body(Map.of("planTier", "enterprise")).patch("/v1/organizations/{orgId}", id);

        assertProblem(response, 400, "request.unknown_field");
        assertThat(read(owner, id)).isEqualTo(before);
    }

    private static Response createWithSlug(TestUser owner, String slug) {
        return as(owner).body(Map.of("name", "Slug Holder", "slug", slug)).post("/v1/organizations");
    }
}
