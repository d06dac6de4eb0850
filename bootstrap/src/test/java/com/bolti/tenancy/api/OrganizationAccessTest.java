package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.bolti.tenancy.test.Fixtures;
import com.bolti.tenancy.test.Fixtures.SignedUp;
import com.bolti.tenancy.test.Memberships;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may read and change an organization, and what everybody else learns of it. */
@QuarkusTest
class OrganizationAccessTest {

    @Test
    void ownerReadsOrganizationWithETag() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        Response response = as(owner).get("/v1/organizations/{orgId}", signup.organizationId());

        response.then().statusCode(200)
                .body("id", equalTo(signup.organizationId()))
                .body("name", equalTo("Owner's organization"))
                .body("planTier", equalTo("free"));
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void nonMemberGetsNotFound() {
        SignedUp signup = Fixtures.signUp(TestUser.fresh("Owner"));

        Response response = as(TestUser.fresh("Stranger")).get("/v1/organizations/{orgId}", signup.organizationId());

        assertProblem(response, 404, "organization.not_found");
        assertThat(response.asString()).doesNotContain("Owner's organization");
    }

    @Test
    void unknownIdGetsNotFound() {
        Response response = as(TestUser.fresh("Walter"))
                .get("/v1/organizations/{orgId}", "01900000-0000-7000-8000-000000000000");

        assertProblem(response, 404, "organization.not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "42", "01900000-0000-7000-8000-00000000000Z"})
    void malformedIdGetsNotFound(String id) {
        Response response = as(TestUser.fresh("Walter")).get("/v1/organizations/{orgId}", id);

        assertProblem(response, 404, "organization.not_found");
    }

    @Test
    void nonMemberCannotPatch() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        Map<String, Object> before = read(owner, signup.organizationId());

        Response response = as(TestUser.fresh("Stranger")).body(Map.of("name", "Taken over"))
                .patch("/v1/organizations/{orgId}", signup.organizationId());

        assertProblem(response, 404, "organization.not_found");
        assertThat(read(owner, signup.organizationId())).isEqualTo(before);
    }

    @Test
    void listShowsOnlyOwnOrganizations() {
        TestUser xena = TestUser.fresh("Xena");
        String first = Fixtures.createOrganization(xena, "Xena One");
        String second = Fixtures.createOrganization(xena, "Xena Two");
        SignedUp other = Fixtures.signUp(TestUser.fresh("Other"));
        Memberships.addToOrganization(other.organizationId(), Fixtures.userId(xena), "BILLING");
        Fixtures.signUp(TestUser.fresh("Unrelated"));

        as(xena).get("/v1/organizations").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.id", containsInAnyOrder(first, second, other.organizationId()))
                .body("items.find { it.id == '" + first + "' }.role", equalTo("OWNER"))
                .body("items.find { it.id == '" + other.organizationId() + "' }.role", equalTo("BILLING"))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void memberReadsOrganization() {
        SignedUp owner = Fixtures.signUp(TestUser.fresh("Owner"));
        TestUser yuri = TestUser.fresh("Yuri");
        Memberships.addToOrganization(owner.organizationId(), Fixtures.userId(yuri), "MEMBER");

        as(yuri).get("/v1/organizations/{orgId}", owner.organizationId()).then().statusCode(200)
                .body("id", equalTo(owner.organizationId()));
        as(yuri).get("/v1/organizations").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].role", equalTo("MEMBER"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEMBER", "BILLING"})
    void memberCannotPatch(String role) {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        TestUser zoe = TestUser.fresh("Zoe");
        Memberships.addToOrganization(signup.organizationId(), Fixtures.userId(zoe), role);
        Map<String, Object> before = read(owner, signup.organizationId());

        Response response = as(zoe).body(Map.of("name", "Renamed by member"))
                .patch("/v1/organizations/{orgId}", signup.organizationId());

        assertProblem(response, 403, "access.denied");
        assertThat(read(owner, signup.organizationId())).isEqualTo(before);
    }

    @Test
    void adminCanPatch() {
        SignedUp owner = Fixtures.signUp(TestUser.fresh("Owner"));
        TestUser abel = TestUser.fresh("Abel");
        Memberships.addToOrganization(owner.organizationId(), Fixtures.userId(abel), "ADMIN");

        as(abel).body(Map.of("name", "Renamed by admin"))
                .patch("/v1/organizations/{orgId}", owner.organizationId())
                .then().statusCode(200).body("name", equalTo("Renamed by admin"));
    }

    static Map<String, Object> read(TestUser user, String organizationId) {
        return as(user).get("/v1/organizations/{orgId}", organizationId)
                .then().statusCode(200).extract().jsonPath().getMap("");
    }
}
