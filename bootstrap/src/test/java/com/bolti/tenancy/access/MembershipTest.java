package com.bolti.tenancy.access;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembershipTest {

    @Test
    void invitedMemberJoinsWithInvitedRoles() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser editor = TestUser.fresh("Editor");

        String editorId = Tenants.join(org, editor, "MEMBER", Map.of(org.firstWorkspaceId(), "EDITOR"));

        as(org.owner()).get("/v1/organizations/{orgId}/members", org.id()).then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.userId == '" + editorId + "' }.role", equalTo("MEMBER"));
        as(editor).get("/v1/workspaces/{wsId}/members/{userId}/capabilities", org.firstWorkspaceId(), editorId).then()
                .statusCode(200)
                .body("capabilities.find { it.capability == 'agents.create' }.allowed", equalTo(true))
                .body("capabilities.find { it.capability == 'agents.delete' }.allowed", equalTo(false))
                .body("capabilities.find { it.capability == 'agents.delete' }.source", equalTo("ROLE_DEFAULT"));
    }

    @Test
    void removedMemberLosesAccessOnNextCall() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser viewer = TestUser.fresh("Viewer");
        String viewerId = Tenants.join(org, viewer, "MEMBER", Map.of(org.firstWorkspaceId(), "VIEWER"));
        as(viewer).get("/v1/workspaces/{wsId}", org.firstWorkspaceId()).then().statusCode(200);

        as(org.owner()).delete("/v1/organizations/{orgId}/members/{userId}", org.id(), viewerId).then()
                .statusCode(204);

        as(viewer).get("/v1/workspaces/{wsId}", org.firstWorkspaceId()).then()
                .statusCode(404)
                .body("code", equalTo("workspace.not_found"));
        as(viewer).get("/v1/organizations/{orgId}", org.id()).then().statusCode(404);
    }

    @Test
    void ownerCannotBeDemotedOrRemoved() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser admin = TestUser.fresh("Admin");
        Tenants.join(org, admin, "ADMIN", Map.of());
        String ownerId = Tenants.userId(org.owner());

        as(admin).body(Map.of("role", "MEMBER"))
                .patch("/v1/organizations/{orgId}/members/{userId}", org.id(), ownerId).then()
                .statusCode(409).body("code", equalTo("member.is_owner"));
        as(admin).delete("/v1/organizations/{orgId}/members/{userId}", org.id(), ownerId).then()
                .statusCode(409).body("code", equalTo("member.is_owner"));
        as(org.owner()).delete("/v1/organizations/{orgId}/members/{userId}", org.id(), ownerId).then()
                .statusCode(409).body("code", equalTo("member.is_owner"));
    }

    @Test
    void roleOwnerIsInvalidInRoleChange() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser member = TestUser.fresh("Member");
        String memberId = Tenants.join(org, member, "MEMBER", Map.of());

        for (Object role : new Object[] {"OWNER", "admin", "", java.util.List.of("ADMIN")}) {
            brokenAs(org.owner()).contentType("application/json").body(Map.of("role", role))
                    .patch("/v1/organizations/{orgId}/members/{userId}", org.id(), memberId).then()
                    .statusCode(422).body("code", equalTo("role.invalid"));
        }
        as(org.owner()).get("/v1/organizations/{orgId}/members", org.id()).then()
                .body("items.role", not(hasItem("ADMIN")));
    }

    @Test
    void editorCannotGrantWhatTheyLack() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser lead = TestUser.fresh("Lead");
        TestUser intern = TestUser.fresh("Intern");
        String leadId = Tenants.join(org, lead, "MEMBER", Map.of());
        String internId = Tenants.join(org, intern, "MEMBER", Map.of());
        as(org.owner()).body(Map.of("role", "EDITOR", "permissions", Map.of("members.manage", true)))
                .put("/v1/workspaces/{wsId}/members/{userId}", org.firstWorkspaceId(), leadId).then()
                .statusCode(201);

        as(lead).body(Map.of("role", "ADMIN"))
                .put("/v1/workspaces/{wsId}/members/{userId}", org.firstWorkspaceId(), internId).then()
                .statusCode(403).body("code", equalTo("permission.escalation"));
        as(lead).body(Map.of("role", "VIEWER", "permissions", Map.of("agents.delete", true)))
                .put("/v1/workspaces/{wsId}/members/{userId}", org.firstWorkspaceId(), internId).then()
                .statusCode(403).body("code", equalTo("permission.escalation"));
        as(lead).body(Map.of("role", "VIEWER"))
                .put("/v1/workspaces/{wsId}/members/{userId}", org.firstWorkspaceId(), internId).then()
                .statusCode(201).body("role", equalTo("VIEWER"));
    }

    @Test
    void authzCheckFollowsMembership() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser viewer = TestUser.fresh("Viewer");
        String viewerId = Tenants.join(org, viewer, "MEMBER", Map.of(org.firstWorkspaceId(), "VIEWER"));
        TestUser service = TestUser.fresh("Runtime");

        io.restassured.RestAssured.given().filter(com.bolti.tenancy.test.Contract.strict())
                .auth().oauth2(com.bolti.tenancy.test.Tokens.withScope(service, "authz:check"))
                .contentType("application/json")
                .body(Map.of("checks", java.util.List.of(
                        Map.of("userId", viewerId, "workspaceId", org.firstWorkspaceId(), "capability", "agents.read"),
                        Map.of("userId", viewerId, "workspaceId", org.firstWorkspaceId(), "capability", "agents.create"))))
                .post("/v1/authz/check-batch").then()
                .statusCode(200)
                .body("results.allowed", equalTo(java.util.List.of(true, false)));
        as(service).body(Map.of("userId", viewerId, "workspaceId", org.firstWorkspaceId(), "capability", "agents.read"))
                .post("/v1/authz/check").then()
                .statusCode(403).body("code", equalTo("access.denied"));
    }
}
