package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.bolti.tenancy.test.Fixtures;
import com.bolti.tenancy.test.Fixtures.SignedUp;
import com.bolti.tenancy.test.Memberships;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and changing one workspace, by each kind of caller. */
@QuarkusTest
class WorkspaceAccessTest {

    private static final String WORKSPACE = "/v1/workspaces/{wsId}";

    @Test
    void ownerReadsWorkspaceWithETag() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        Response response = as(owner).get(WORKSPACE, signup.workspaceId());

        response.then().statusCode(200)
                .body("id", equalTo(signup.workspaceId()))
                .body("organizationId", equalTo(signup.organizationId()))
                .body("name", equalTo("Default"));
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void otherOrganizationGetsNotFound() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        TestUser outsider = TestUser.fresh("Outsider");
        Fixtures.signUp(outsider);
        Map<String, Object> before = read(owner, signup.workspaceId());

        Response get = as(outsider).get(WORKSPACE, signup.workspaceId());
        Response patch = as(outsider).body(Map.of("name", "Hijacked")).patch(WORKSPACE, signup.workspaceId());

        assertProblem(get, 404, "workspace.not_found");
        assertProblem(patch, 404, "workspace.not_found");
        assertThat(read(owner, signup.workspaceId())).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "01900000-0000-7000-8000-000000000000"})
    void unknownWorkspaceGetsNotFound(String id) {
        Response response = as(TestUser.fresh("Walter")).get(WORKSPACE, id);

        assertProblem(response, 404, "workspace.not_found");
    }

    @Test
    void plainMemberWithoutMembershipGetsNotFound() {
        SignedUp signup = Fixtures.signUp(TestUser.fresh("Owner"));
        TestUser member = TestUser.fresh("Member");
        Memberships.addToOrganization(signup.organizationId(), Fixtures.userId(member), "MEMBER");

        Response response = as(member).get(WORKSPACE, signup.workspaceId());

        assertProblem(response, 404, "workspace.not_found");
    }

    @Test
    void organizationAdminReadsButCannotPatch() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        TestUser admin = TestUser.fresh("Admin");
        Memberships.addToOrganization(signup.organizationId(), Fixtures.userId(admin), "ADMIN");
        Map<String, Object> before = read(owner, signup.workspaceId());

        Response get = as(admin).get(WORKSPACE, signup.workspaceId());
        Response patch = as(admin).body(Map.of("name", "Admin Was Here")).patch(WORKSPACE, signup.workspaceId());

        get.then().statusCode(200).body("id", equalTo(signup.workspaceId()));
        assertProblem(patch, 403, "access.denied");
        assertThat(read(owner, signup.workspaceId())).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VIEWER", "EDITOR"})
    void workspaceMemberReadsButCannotPatch(String role) {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        TestUser member = TestUser.fresh("Member");
        String memberId = Fixtures.userId(member);
        Memberships.addToOrganization(signup.organizationId(), memberId, "MEMBER");
        Memberships.addToWorkspace(signup.organizationId(), signup.workspaceId(), memberId, role);
        Map<String, Object> before = read(owner, signup.workspaceId());

        Response get = as(member).get(WORKSPACE, signup.workspaceId());
        Response patch = as(member).body(Map.of("name", "Member Was Here")).patch(WORKSPACE, signup.workspaceId());

        get.then().statusCode(200);
        assertProblem(patch, 403, "access.denied");
        assertThat(read(owner, signup.workspaceId())).isEqualTo(before);
    }

    @Test
    void workspaceAdminCanPatch() {
        SignedUp signup = Fixtures.signUp(TestUser.fresh("Owner"));
        TestUser member = TestUser.fresh("Member");
        String memberId = Fixtures.userId(member);
        Memberships.addToOrganization(signup.organizationId(), memberId, "MEMBER");
        Memberships.addToWorkspace(signup.organizationId(), signup.workspaceId(), memberId, "ADMIN");

        as(member).body(Map.of("name", "Run By Member")).patch(WORKSPACE, signup.workspaceId())
                .then().statusCode(200).body("name", equalTo("Run By Member"));
    }

    @Test
    void renameKeepsSlug() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        Response response = as(owner).body(Map.of("name", "Main")).patch(WORKSPACE, signup.workspaceId());

        response.then().statusCode(200).body("name", equalTo("Main")).body("slug", equalTo("default"));
        assertThat(read(owner, signup.workspaceId())).containsEntry("name", "Main");
    }

    @Test
    void slugChangeFreesOldSlug() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        as(owner).body(Map.of("slug", "main")).patch(WORKSPACE, signup.workspaceId())
                .then().statusCode(200).body("slug", equalTo("main"));

        as(owner).body(Map.of("name", "New Default", "slug", "default"))
                .post("/v1/organizations/{orgId}/workspaces", signup.organizationId())
                .then().statusCode(201).body("slug", equalTo("default"));
    }

    @Test
    void takenSlugOnPatchIsConflict() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        String otherId = Fixtures.createWorkspace(owner, signup.organizationId(), "Other");
        Map<String, Object> before = read(owner, otherId);

        Response response = as(owner).body(Map.of("slug", "default")).patch(WORKSPACE, otherId);

        assertProblem(response, 409, "slug.taken");
        assertThat(read(owner, otherId)).isEqualTo(before);
    }

    @Test
    void matchingIfMatchUpdatesAndChangesETag() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        String etag = as(owner).get(WORKSPACE, signup.workspaceId()).header("ETag");

        Response response = as(owner).header("If-Match", etag).body(Map.of("name", "Checked"))
                .patch(WORKSPACE, signup.workspaceId());

        response.then().statusCode(200);
        assertThat(response.header("ETag")).isNotNull().isNotEqualTo(etag);
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        String staleETag = as(owner).get(WORKSPACE, signup.workspaceId()).header("ETag");
        as(owner).body(Map.of("name", "First Writer")).patch(WORKSPACE, signup.workspaceId()).then().statusCode(200);
        Response current = as(owner).get(WORKSPACE, signup.workspaceId());

        Response response = as(owner).header("If-Match", staleETag).body(Map.of("name", "Second Writer"))
                .patch(WORKSPACE, signup.workspaceId());

        assertProblem(response, 412, "precondition.failed");
        Response after = as(owner).get(WORKSPACE, signup.workspaceId());
        assertThat(after.jsonPath().getMap("")).isEqualTo(current.jsonPath().getMap(""));
        assertThat(after.header("ETag")).isEqualTo(current.header("ETag"));
    }

    @Test
    void settingsRoundTripExactly() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        String settings = "{\"b\":[1.10,{\"x\":null}],\"a\":\"\u00fc\"}";

        as(owner).body("{\"settings\":" + settings + "}").patch(WORKSPACE, signup.workspaceId()).then().statusCode(200);

        assertThat(as(owner).get(WORKSPACE, signup.workspaceId()).asString()).contains("\"settings\":" + settings + ",");
    }

    @Test
    void oversizedSettingsAreRejected() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        Map<String, Object> before = read(owner, signup.workspaceId());

        Response response = as(owner).body(Map.of("settings", Map.of("blob", "x".repeat(70_000))))
                .patch(WORKSPACE, signup.workspaceId());

        assertProblem(response, 422, "settings.too_large");
        assertThat(read(owner, signup.workspaceId())).isEqualTo(before);
    }

    @Test
    void undefinedFieldIsRejected() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        Map<String, Object> before = read(owner, signup.workspaceId());

        Response response = brokenAs(owner).contentType(ContentType.JSON)
                .body(Map.of("organizationId", "01900000-0000-7000-8000-000000000000"))
                .patch(WORKSPACE, signup.workspaceId());

        assertProblem(response, 400, "request.unknown_field");
        assertThat(read(owner, signup.workspaceId())).isEqualTo(before);
    }

    private static Map<String, Object> read(TestUser user, String workspaceId) {
        return as(user).get(WORKSPACE, workspaceId).then().statusCode(200).extract().jsonPath().getMap("");
    }
}
