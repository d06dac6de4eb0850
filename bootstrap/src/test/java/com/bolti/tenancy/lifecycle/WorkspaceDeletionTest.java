package com.bolti.tenancy.lifecycle;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.Rows;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkspaceDeletionTest {

    private static final String WORKSPACE = "/v1/workspaces/{wsId}";
    private static final String PREVIEW = "/v1/workspaces/{wsId}/deletion-preview";

    @Test
    void previewCountsAndChangesNothing() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        Tenants.join(org, TestUser.fresh("Editor"), "MEMBER", Map.of(staging, "EDITOR"));
        invite(org, TestUser.fresh("Invitee"), staging, org.firstWorkspaceId());
        long auditEvents = Rows.number("SELECT count(*) FROM audit_events WHERE organization_id = ?::uuid", org.id());

        as(org.owner()).get(PREVIEW, staging).then()
                .statusCode(200)
                .body("workspaceId", equalTo(staging))
                .body("slug", equalTo(slug(org, staging)))
                .body("counts.members", equalTo(2))
                .body("counts.invitations", equalTo(1))
                .body("counts.agents", equalTo(0))
                .body("counts.callLogs", equalTo(0))
                .body("phoneNumbers", empty())
                .body("blockers", empty());

        as(org.owner()).get(WORKSPACE, staging).then().statusCode(200);
        assertThat(Rows.number("SELECT count(*) FROM workspace_members WHERE workspace_id = ?::uuid", staging))
                .isEqualTo(2);
        assertThat(Rows.number("SELECT count(*) FROM audit_events WHERE organization_id = ?::uuid", org.id()))
                .isEqualTo(auditEvents);
    }

    @Test
    void previewReportsLastWorkspace() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));

        as(org.owner()).get(PREVIEW, org.firstWorkspaceId()).then()
                .statusCode(200)
                .body("blockers", contains("workspace.last_in_organization"))
                .body("counts.members", equalTo(1));
    }

    @Test
    void deletionRemovesWorkspaceAndMemberships() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        TestUser editor = TestUser.fresh("Editor");
        String editorId = Tenants.join(org, editor, "MEMBER", Map.of(staging, "EDITOR", org.firstWorkspaceId(), "VIEWER"));
        TestUser invitee = TestUser.fresh("Invitee");
        String token = invite(org, invitee, staging, org.firstWorkspaceId());

        as(org.owner()).queryParam("confirm", slug(org, staging)).delete(WORKSPACE, staging).then()
                .statusCode(204);

        as(org.owner()).get(WORKSPACE, staging).then()
                .statusCode(404).body("code", equalTo("workspace.not_found"));
        assertThat(Rows.number("SELECT count(*) FROM workspaces WHERE id = ?::uuid", staging)).isZero();
        assertThat(Rows.number("SELECT count(*) FROM workspace_members WHERE workspace_id = ?::uuid", staging)).isZero();
        assertThat(Rows.number("SELECT count(*) FROM invitation_workspaces WHERE workspace_id = ?::uuid", staging))
                .isZero();
        assertThat(MemberRows.role(org.id(), editorId)).isEqualTo("MEMBER");
        assertThat(MemberRows.auditEvents(org.id(), "workspace.deleted")).isEqualTo(1);
        as(org.owner()).get("/v1/organizations/{orgId}/invitations", org.id()).then()
                .body("items[0].workspaces.workspaceId", contains(org.firstWorkspaceId()));
        as(invitee).body(Map.of("token", token)).post("/v1/invitations/accept").then()
                .statusCode(200)
                .body("workspaces.workspaceId", contains(org.firstWorkspaceId()));
    }

    @Test
    void wrongConfirmationChangesNothing() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        String slug = slug(org, staging);

        brokenAs(org.owner()).delete(WORKSPACE, staging).then()
                .statusCode(400).body("code", equalTo("confirmation.mismatch"));
        brokenAs(org.owner()).queryParam("confirm", "").delete(WORKSPACE, staging).then()
                .statusCode(400).body("code", equalTo("confirmation.mismatch"));
        for (String wrong : List.of("wrong", slug.toUpperCase(Locale.ROOT), slug + " ")) {
            as(org.owner()).queryParam("confirm", wrong).delete(WORKSPACE, staging).then()
                    .statusCode(400).body("code", equalTo("confirmation.mismatch"));
        }
        brokenAs(org.owner()).queryParam("confirm", slug, slug).delete(WORKSPACE, staging).then()
                .statusCode(400).body("code", equalTo("request.invalid_parameter"));

        as(org.owner()).get(WORKSPACE, staging).then().statusCode(200);
        assertThat(MemberRows.auditEvents(org.id(), "workspace.deleted")).isZero();
    }

    @Test
    void lastWorkspaceCannotBeDeleted() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));

        as(org.owner()).queryParam("confirm", slug(org, org.firstWorkspaceId()))
                .delete(WORKSPACE, org.firstWorkspaceId()).then()
                .statusCode(409).body("code", equalTo("workspace.last_in_organization"));

        as(org.owner()).get(WORKSPACE, org.firstWorkspaceId()).then().statusCode(200);
        assertThat(Rows.number("SELECT count(*) FROM workspace_members WHERE workspace_id = ?::uuid",
                org.firstWorkspaceId())).isEqualTo(1);
    }

    @Test
    void deletionNeedsOrganizationOwnerOrAdmin() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        String production = Tenants.workspace(org, "Production");
        TestUser admin = TestUser.fresh("Admin");
        TestUser workspaceAdmin = TestUser.fresh("Lead");
        TestUser billing = TestUser.fresh("Billing");
        Tenants.join(org, admin, "ADMIN", Map.of());
        Tenants.join(org, workspaceAdmin, "MEMBER", Map.of(production, "ADMIN"));
        Tenants.join(org, billing, "BILLING", Map.of());
        TestUser stranger = Tenants.signUp(TestUser.fresh("Stranger")).owner();
        String productionSlug = slug(org, production);

        as(workspaceAdmin).get(PREVIEW, production).then()
                .statusCode(403).body("code", equalTo("access.denied"));
        as(workspaceAdmin).queryParam("confirm", productionSlug).delete(WORKSPACE, production).then()
                .statusCode(403).body("code", equalTo("access.denied"));
        for (TestUser blind : List.of(billing, stranger)) {
            as(blind).get(PREVIEW, production).then()
                    .statusCode(404).body("code", equalTo("workspace.not_found"));
            as(blind).queryParam("confirm", productionSlug).delete(WORKSPACE, production).then()
                    .statusCode(404).body("code", equalTo("workspace.not_found"));
        }
        as(admin).get(PREVIEW, staging).then().statusCode(200);
        as(admin).queryParam("confirm", slug(org, staging)).delete(WORKSPACE, staging).then().statusCode(204);

        as(org.owner()).get(WORKSPACE, production).then().statusCode(200);
        as(org.owner()).get(WORKSPACE, staging).then().statusCode(404);
    }

    @Test
    void profileMovesDefaultWorkspace() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        String sandbox = Tenants.workspace(org, "Sandbox");
        TestUser viewer = TestUser.fresh("Viewer");
        TestUser tester = TestUser.fresh("Tester");
        Tenants.join(org, viewer, "MEMBER", Map.of(org.firstWorkspaceId(), "VIEWER", staging, "VIEWER"));
        Tenants.join(org, tester, "MEMBER", Map.of(sandbox, "EDITOR"));
        as(viewer).get("/v1/me").then().body("organizations[0].defaultWorkspaceId", equalTo(org.firstWorkspaceId()));

        as(org.owner()).queryParam("confirm", slug(org, org.firstWorkspaceId()))
                .delete(WORKSPACE, org.firstWorkspaceId()).then().statusCode(204);
        as(org.owner()).queryParam("confirm", slug(org, sandbox)).delete(WORKSPACE, sandbox).then().statusCode(204);

        as(viewer).get("/v1/me").then()
                .body("organizations[0].defaultWorkspaceId", equalTo(staging))
                .body("organizations[0].workspaces.workspace.id", contains(staging));
        as(org.owner()).get("/v1/me").then()
                .body("organizations[0].defaultWorkspaceId", equalTo(staging));
        as(tester).get("/v1/me").then()
                .body("organizations[0].organization.id", equalTo(org.id()))
                .body("organizations[0].defaultWorkspaceId", nullValue())
                .body("organizations[0].workspaces", empty());
    }

    /** Invites {@code invitee} as a MEMBER with VIEWER in each workspace and returns the token. */
    private static String invite(Tenants.Org org, TestUser invitee, String... workspaceIds) {
        List<Map<String, String>> workspaces = java.util.Arrays.stream(workspaceIds)
                .map(id -> Map.of("workspaceId", id, "role", "VIEWER"))
                .toList();
        return as(org.owner()).body(Map.of("email", invitee.email(), "role", "MEMBER", "workspaces", workspaces))
                .post("/v1/organizations/{orgId}/invitations", org.id())
                .then().statusCode(201)
                .extract().path("token");
    }

    private static String slug(Tenants.Org org, String workspaceId) {
        return as(org.owner()).get(WORKSPACE, workspaceId).then().statusCode(200).extract().path("slug");
    }
}
