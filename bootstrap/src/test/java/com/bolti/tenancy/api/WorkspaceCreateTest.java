package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.bolti.tenancy.test.Concurrently;
import com.bolti.tenancy.test.Fixtures;
import com.bolti.tenancy.test.Fixtures.SignedUp;
import com.bolti.tenancy.test.Memberships;
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

/** Creating workspaces and listing an organization's workspaces. */
@QuarkusTest
class WorkspaceCreateTest {

    private static final String WORKSPACES = "/v1/organizations/{orgId}/workspaces";

    @Test
    void createAnswersWorkspaceWithHeaders() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        String settings = "{\"region\":\"eu\",\"limits\":{\"calls\":10,\"ratio\":0.50}}";

        Response response = as(owner).body("{\"name\":\"Staging\",\"settings\":" + settings + "}")
                .post(WORKSPACES, signup.organizationId());

        response.then().statusCode(201)
                .body("organizationId", equalTo(signup.organizationId()))
                .body("name", equalTo("Staging"))
                .body("slug", equalTo("staging"));
        assertThat(URI.create(response.header("Location")).getPath()).isEqualTo("/v1/workspaces/" + response.path("id"));
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        assertThat(response.asString()).contains("\"settings\":" + settings + ",");
    }

    @Test
    void creatorBecomesWorkspaceAdmin() {
        SignedUp owner = Fixtures.signUp(TestUser.fresh("Owner"));
        TestUser admin = TestUser.fresh("Admin");
        Memberships.addToOrganization(owner.organizationId(), Fixtures.userId(admin), "ADMIN");

        String workspaceId = Fixtures.createWorkspace(admin, owner.organizationId(), "Admin's Space");

        as(admin).get(WORKSPACES, owner.organizationId()).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.id == '" + workspaceId + "' }.role", equalTo("ADMIN"))
                .body("items.find { it.id == '" + owner.workspaceId() + "' }.role", equalTo(null));
        as(admin).get("/v1/me").then().statusCode(200)
                .body("organizations[0].defaultWorkspaceId", equalTo(workspaceId))
                .body("organizations[0].workspaces", hasSize(1))
                .body("organizations[0].workspaces[0].role", equalTo("ADMIN"));
    }

    @Test
    void sameSlugInTwoOrganizations() {
        TestUser firstOwner = TestUser.fresh("First");
        SignedUp first = Fixtures.signUp(firstOwner);
        TestUser secondOwner = TestUser.fresh("Second");
        SignedUp second = Fixtures.signUp(secondOwner);

        Response inFirst = as(firstOwner).body(Map.of("name", "Staging", "slug", "staging"))
                .post(WORKSPACES, first.organizationId());
        Response inSecond = as(secondOwner).body(Map.of("name", "Staging", "slug", "staging"))
                .post(WORKSPACES, second.organizationId());

        inFirst.then().statusCode(201).body("slug", equalTo("staging"));
        inSecond.then().statusCode(201).body("slug", equalTo("staging"));
    }

    @Test
    void takenSlugInOrganizationIsConflict() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        Response response = as(owner).body(Map.of("name", "Another Default", "slug", "default"))
                .post(WORKSPACES, signup.organizationId());

        assertProblem(response, 409, "slug.taken");
        as(owner).get(WORKSPACES, signup.organizationId()).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void derivedSlugGetsSuffixWithinOrganization() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        Response second = as(owner).body(Map.of("name", "Default")).post(WORKSPACES, signup.organizationId());
        Response emoji = as(owner).body(Map.of("name", "\uD83C\uDF89")).post(WORKSPACES, signup.organizationId());
        Response reserved = as(owner).body(Map.of("name", "Settings")).post(WORKSPACES, signup.organizationId());

        second.then().statusCode(201).body("slug", equalTo("default-2"));
        emoji.then().statusCode(201).body("slug", equalTo("workspace"));
        reserved.then().statusCode(201).body("slug", equalTo("settings-2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Staging", "-staging", "st\u0430ging", "new"})
    void invalidSlugIsRejected(String slug) {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        Response response = as(owner).body(Map.of("name", "Staging", "slug", slug)).post(WORKSPACES, signup.organizationId());

        assertProblem(response, 422, slug.equals("new") ? "slug.reserved" : "slug.invalid");
        as(owner).get(WORKSPACES, signup.organizationId()).then().statusCode(200).body("items", hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEMBER", "BILLING"})
    void memberCannotCreateWorkspace(String role) {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        TestUser member = TestUser.fresh("Member");
        Memberships.addToOrganization(signup.organizationId(), Fixtures.userId(member), role);

        Response response = as(member).body(Map.of("name", "Sneaky")).post(WORKSPACES, signup.organizationId());

        assertProblem(response, 403, "access.denied");
        as(owner).get(WORKSPACES, signup.organizationId()).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void strangerCannotCreateWorkspace() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        Response response = as(TestUser.fresh("Stranger")).body(Map.of("name", "Intruder"))
                .post(WORKSPACES, signup.organizationId());

        assertProblem(response, 404, "organization.not_found");
        as(owner).get(WORKSPACES, signup.organizationId()).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void undefinedFieldIsRejected() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        Response response = brokenAs(owner).contentType(ContentType.JSON)
                .body(Map.of("name", "Moved", "organizationId", signup.organizationId()))
                .post(WORKSPACES, signup.organizationId());

        assertProblem(response, 400, "request.unknown_field");
        as(owner).get(WORKSPACES, signup.organizationId()).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void ownerListsAllWorkspacesWithRole() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        String ownersWorkspace = Fixtures.createWorkspace(owner, signup.organizationId(), "Owner's");
        TestUser admin = TestUser.fresh("Admin");
        Memberships.addToOrganization(signup.organizationId(), Fixtures.userId(admin), "ADMIN");
        String adminsWorkspace = Fixtures.createWorkspace(admin, signup.organizationId(), "Admin's");

        as(owner).get(WORKSPACES, signup.organizationId()).then().statusCode(200)
                .body("items.id", containsInAnyOrder(signup.workspaceId(), ownersWorkspace, adminsWorkspace))
                .body("items.find { it.id == '" + ownersWorkspace + "' }.role", equalTo("ADMIN"))
                .body("items.find { it.id == '" + adminsWorkspace + "' }.role", equalTo(null))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void memberListsOnlyOwnWorkspaces() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        String other = Fixtures.createWorkspace(owner, signup.organizationId(), "Other");
        TestUser member = TestUser.fresh("Member");
        String memberId = Fixtures.userId(member);
        Memberships.addToOrganization(signup.organizationId(), memberId, "MEMBER");

        as(member).get(WORKSPACES, signup.organizationId()).then().statusCode(200).body("items", hasSize(0));

        Memberships.addToWorkspace(signup.organizationId(), other, memberId, "VIEWER");
        as(member).get(WORKSPACES, signup.organizationId()).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(other))
                .body("items[0].role", equalTo("VIEWER"));
    }

    @Test
    void strangerCannotListWorkspaces() {
        SignedUp signup = Fixtures.signUp(TestUser.fresh("Owner"));

        Response response = as(TestUser.fresh("Stranger")).get(WORKSPACES, signup.organizationId());

        assertProblem(response, 404, "organization.not_found");
    }

    @Test
    void concurrentSameSlugCreatesOne() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        List<Response> responses = Concurrently.run(8, i -> as(owner)
                .body(Map.of("name", "Race " + i, "slug", "race")).post(WORKSPACES, signup.organizationId()));

        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
        as(owner).get(WORKSPACES, signup.organizationId()).then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void concurrentSameNameGetsDistinctSlugs() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        List<Response> responses = Concurrently.run(8, i -> as(owner)
                .body(Map.of("name", "Crowded")).post(WORKSPACES, signup.organizationId()));

        assertThat(responses.stream().map(Response::statusCode)).containsOnly(201);
        List<String> slugs = responses.stream().map(response -> response.<String>path("slug")).toList();
        assertThat(new HashSet<>(slugs)).hasSize(8);
    }
}
