package com.bolti.tenancy.access;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkspaceMemberTest {

    private static final String MEMBER = "/v1/workspaces/{ws}/members/{user}";
    private static final String CAPABILITIES = "/v1/workspaces/{ws}/members/{user}/capabilities";

    @Test
    void capabilitySourcesAreExplained() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String editorId = Tenants.join(org, TestUser.fresh("Editor"), "MEMBER", Map.of());
        as(org.owner()).body(Map.of("role", "EDITOR", "permissions", Map.of("agents.delete", true, "agents.read", false)))
                .put(MEMBER, ws, editorId).then().statusCode(201);

        as(org.owner()).get(CAPABILITIES, ws, editorId).then()
                .statusCode(200)
                .body("capabilities.find { it.capability == 'agents.delete' }.source", equalTo("OVERRIDE_GRANT"))
                .body("capabilities.find { it.capability == 'agents.read' }.source", equalTo("OVERRIDE_REVOKE"))
                .body("capabilities.find { it.capability == 'agents.read' }.allowed", equalTo(false))
                .body("capabilities.find { it.capability == 'tools.create' }.source", equalTo("ROLE_DEFAULT"))
                .body("capabilities.find { it.capability == 'members.manage' }.allowed", equalTo(false));
        as(org.owner()).get(CAPABILITIES, ws, Tenants.userId(org.owner())).then()
                .body("capabilities.source", not(hasItem("ROLE_DEFAULT")))
                .body("capabilities.find { it.capability == 'members.manage' }.source", equalTo("ORGANIZATION_OWNER"));
    }

    @Test
    void organizationMemberWithoutMembershipHasNone() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser plain = TestUser.fresh("Plain");
        String plainId = Tenants.join(org, plain, "ADMIN", Map.of());

        as(plain).get(CAPABILITIES, org.firstWorkspaceId(), plainId).then()
                .statusCode(200)
                .body("capabilities.source", not(hasItem("ROLE_DEFAULT")))
                .body("capabilities[0].source", equalTo("NO_MEMBERSHIP"));
    }

    @Test
    void profileShowsChangedCapabilitiesAtOnce() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser viewer = TestUser.fresh("Viewer");
        String viewerId = Tenants.join(org, viewer, "MEMBER", Map.of(org.firstWorkspaceId(), "VIEWER"));
        as(viewer).get("/v1/me").then()
                .body("organizations[0].workspaces[0].capabilities", not(hasItem("agents.create")));

        as(org.owner()).body(Map.of("role", "EDITOR")).put(MEMBER, org.firstWorkspaceId(), viewerId).then()
                .statusCode(200);

        as(viewer).get("/v1/me").then()
                .body("organizations[0].defaultWorkspaceId", equalTo(org.firstWorkspaceId()))
                .body("organizations[0].workspaces[0].role", equalTo("EDITOR"))
                .body("organizations[0].workspaces[0].capabilities", hasItem("agents.create"));
    }

    @Test
    void invalidRolesAndOverridesAreRefused() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String memberId = Tenants.join(org, TestUser.fresh("Member"), "MEMBER", Map.of(ws, "VIEWER"));
        Map<String, Object> nullRole = new HashMap<>();
        nullRole.put("role", null);
        List<Map<String, Object>> badRoles = List.of(Map.of("role", "admin"), Map.of("role", "OWNER"),
                Map.of("role", ""), Map.of("role", List.of("ADMIN")), nullRole, Map.of());

        for (Map<String, Object> body : badRoles) {
            brokenAs(org.owner()).contentType("application/json").body(body).put(MEMBER, ws, memberId).then()
                    .statusCode(422).body("code", equalTo("role.invalid"));
        }
        brokenAs(org.owner()).contentType("application/json")
                .body(Map.of("role", "VIEWER", "permissions", Map.of("agents.fly", true)))
                .put(MEMBER, ws, memberId).then()
                .statusCode(422).body("code", equalTo("permission.unknown"));
        brokenAs(org.owner()).contentType("application/json")
                .body(Map.of("role", "VIEWER", "permissions", Map.of("agents.create", "yes")))
                .put(MEMBER, ws, memberId).then()
                .statusCode(422).body("code", equalTo("validation.failed"));
        brokenAs(org.owner()).contentType("application/json")
                .body(Map.of("role", "VIEWER", "permissions", List.of("agents.create")))
                .put(MEMBER, ws, memberId).then()
                .statusCode(422).body("code", equalTo("validation.failed"));

        as(org.owner()).get(CAPABILITIES, ws, memberId).then()
                .body("capabilities.findAll { it.allowed }.capability", equalTo(Arrays.asList(
                        "agents.read", "tools.read", "knowledge_bases.read", "contacts.read", "phone_numbers.read",
                        "conversations.read")));
    }

    @Test
    void nonMemberOfOrganizationCannotBeAdded() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        Tenants.Org other = Tenants.signUp(TestUser.fresh("Stranger"));

        as(org.owner()).body(Map.of("role", "VIEWER"))
                .put(MEMBER, org.firstWorkspaceId(), Tenants.userId(other.owner())).then()
                .statusCode(422).body("code", equalTo("member.not_in_organization"));
        as(org.owner()).body(Map.of("role", "VIEWER"))
                .put(MEMBER, org.firstWorkspaceId(), java.util.UUID.randomUUID().toString()).then()
                .statusCode(422).body("code", equalTo("member.not_in_organization"));
    }

    @Test
    void memberLeavesWorkspaceAndOrganization() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser member = TestUser.fresh("Member");
        String memberId = Tenants.join(org, member, "MEMBER", Map.of(org.firstWorkspaceId(), "EDITOR"));

        as(member).delete(MEMBER, org.firstWorkspaceId(), memberId).then().statusCode(204);
        as(member).get("/v1/me").then()
                .body("organizations[0].workspaces", equalTo(List.of()))
                .body("organizations[0].defaultWorkspaceId", nullValue());
        as(member).delete("/v1/organizations/{org}/members/{user}", org.id(), memberId).then().statusCode(204);

        as(member).get("/v1/me").then().body("organizations", equalTo(List.of()));
    }

    @Test
    void removingNonMemberIsNotFound() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String outsiderId = Tenants.join(org, TestUser.fresh("Outsider"), "MEMBER", Map.of());

        as(org.owner()).delete(MEMBER, org.firstWorkspaceId(), outsiderId).then()
                .statusCode(404).body("code", equalTo("member.not_found"));
        as(org.owner()).delete("/v1/organizations/{org}/members/{user}", org.id(), java.util.UUID.randomUUID()).then()
                .statusCode(404).body("code", equalTo("member.not_found"));
    }

    @Test
    void removingOrganizationMemberDropsWorkspaceMemberships() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String second = Tenants.workspace(org, "Second");
        String memberId = Tenants.join(org, TestUser.fresh("Member"), "MEMBER",
                Map.of(org.firstWorkspaceId(), "EDITOR", second, "VIEWER"));

        as(org.owner()).delete("/v1/organizations/{org}/members/{user}", org.id(), memberId).then().statusCode(204);

        as(org.owner()).get("/v1/workspaces/{ws}/members", second).then()
                .body("items.userId", not(hasItem(memberId)));
        as(org.owner()).get("/v1/workspaces/{ws}/members", org.firstWorkspaceId()).then()
                .body("items.userId", not(hasItem(memberId)));
    }

    @Test
    void concurrentAddsLeaveOneMembership() throws Exception {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String memberId = Tenants.join(org, TestUser.fresh("Member"), "MEMBER", Map.of());

        List<Integer> statuses = InvitationTest.race(6, () -> as(org.owner()).body(Map.of("role", "EDITOR"))
                .put(MEMBER, org.firstWorkspaceId(), memberId).statusCode());

        assertThat(statuses).allMatch(status -> status == 200 || status == 201);
        as(org.owner()).get("/v1/workspaces/{ws}/members", org.firstWorkspaceId()).then()
                .body("items.findAll { it.userId == '" + memberId + "' }.size()", equalTo(1));
    }
}
