package com.bolti.tenancy.lifecycle;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.bolti.tenancy.test.Cards;
import com.bolti.tenancy.test.InvoiceRows;
import com.bolti.tenancy.test.Rows;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationDeletionTest {

    private static final String ORGANIZATION = "/v1/organizations/{orgId}";
    private static final String PREVIEW = "/v1/organizations/{orgId}/deletion-preview";
    private static final String PLAN = "/v1/organizations/{orgId}/billing/plan";

    /** Tables whose rows belong to an organization through their organization_id column. */
    private static final List<String> TENANT_TABLES = List.of("workspaces", "organization_members",
            "workspace_members", "invitations", "invitation_workspaces", "audit_events", "payment_methods",
            "credit_accounts", "credit_ledger_entries", "invoices");

    @Test
    void previewListsWorkspacesAndBlockers() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        Tenants.join(org, TestUser.fresh("Editor"), "MEMBER", Map.of(staging, "EDITOR"));
        inviteMember(org);
        Cards.topUp(org.owner(), org.id(), Cards.add(org.owner(), org.id()), 2500, "USD");
        InvoiceRows.insert(org.id(), "INV-1", "paid", 4900, "USD");
        as(org.owner()).body(Map.of("planTier", "growth")).put(PLAN, org.id()).then().statusCode(200);

        as(org.owner()).get(PREVIEW, org.id()).then()
                .statusCode(200)
                .body("organizationId", equalTo(org.id()))
                .body("slug", equalTo(org.slug()))
                .body("counts.workspaces", equalTo(2))
                .body("counts.members", equalTo(2))
                .body("counts.invitations", equalTo(1))
                .body("counts.paymentMethods", equalTo(1))
                .body("counts.ledgerEntries", equalTo(1))
                .body("counts.invoices", equalTo(1))
                .body("workspaces.workspaceId", containsInAnyOrder(org.firstWorkspaceId(), staging))
                .body("workspaces.find { it.workspaceId == '" + staging + "' }.counts.members", equalTo(2))
                .body("blockers", contains("organization.paid_plan_active"));

        as(org.owner()).get(ORGANIZATION, org.id()).then().statusCode(200).body("planTier", equalTo("growth"));
    }

    @Test
    void paidPlanBlocksDeletion() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        as(org.owner()).body(Map.of("planTier", "starter")).put(PLAN, org.id()).then().statusCode(200);

        as(org.owner()).queryParam("confirm", org.slug()).delete(ORGANIZATION, org.id()).then()
                .statusCode(409).body("code", equalTo("organization.paid_plan_active"));

        as(org.owner()).get(ORGANIZATION, org.id()).then().statusCode(200);
        as(org.owner()).get(PREVIEW, org.id()).then().body("blockers", contains("organization.paid_plan_active"));
    }

    @Test
    void deletionRemovesEverythingButUsers() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ownerId = Tenants.userId(org.owner());
        String staging = Tenants.workspace(org, "Staging");
        TestUser member = TestUser.fresh("Member");
        String memberId = Tenants.join(org, member, "MEMBER", Map.of(staging, "EDITOR"));
        inviteMember(org);
        Cards.topUp(org.owner(), org.id(), Cards.add(org.owner(), org.id()), 2500, "USD");
        InvoiceRows.insert(org.id(), "INV-1", "paid", 4900, "USD");
        as(org.owner()).body(Map.of("planTier", "growth")).put(PLAN, org.id()).then().statusCode(200);
        as(org.owner()).body(Map.of("planTier", "free")).put(PLAN, org.id()).then().statusCode(200);
        as(org.owner()).get(PREVIEW, org.id()).then().body("blockers", empty());

        as(org.owner()).queryParam("confirm", org.slug()).delete(ORGANIZATION, org.id()).then()
                .statusCode(204);

        as(org.owner()).get(ORGANIZATION, org.id()).then()
                .statusCode(404).body("code", equalTo("organization.not_found"));
        as(member).get("/v1/workspaces/{wsId}", staging).then().statusCode(404);
        assertThat(Rows.number("SELECT count(*) FROM organizations WHERE id = ?::uuid", org.id())).isZero();
        for (String table : TENANT_TABLES) {
            assertThat(Rows.number("SELECT count(*) FROM " + table + " WHERE organization_id = ?::uuid", org.id()))
                    .as(table).isZero();
        }
        assertThat(Rows.number("SELECT count(*) FROM users WHERE id IN (?::uuid, ?::uuid)", ownerId, memberId))
                .isEqualTo(2);
    }

    @Test
    void onlyOwnerMayDeleteOrganization() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser admin = TestUser.fresh("Admin");
        TestUser billing = TestUser.fresh("Billing");
        TestUser member = TestUser.fresh("Member");
        Tenants.join(org, admin, "ADMIN", Map.of());
        Tenants.join(org, billing, "BILLING", Map.of());
        Tenants.join(org, member, "MEMBER", Map.of(org.firstWorkspaceId(), "ADMIN"));
        TestUser stranger = Tenants.signUp(TestUser.fresh("Stranger")).owner();

        for (TestUser caller : List.of(admin, billing, member)) {
            as(caller).get(PREVIEW, org.id()).then()
                    .statusCode(403).body("code", equalTo("access.denied"));
            as(caller).queryParam("confirm", org.slug()).delete(ORGANIZATION, org.id()).then()
                    .statusCode(403).body("code", equalTo("access.denied"));
        }
        as(stranger).get(PREVIEW, org.id()).then()
                .statusCode(404).body("code", equalTo("organization.not_found"));
        as(stranger).queryParam("confirm", org.slug()).delete(ORGANIZATION, org.id()).then()
                .statusCode(404).body("code", equalTo("organization.not_found"));

        as(org.owner()).get(ORGANIZATION, org.id()).then().statusCode(200);
        assertThat(Rows.number("SELECT count(*) FROM organization_members WHERE organization_id = ?::uuid", org.id()))
                .isEqualTo(4);
    }

    @Test
    void wrongConfirmationKeepsOrganization() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        Tenants.Org other = Tenants.signUp(TestUser.fresh("Other"));

        brokenAs(org.owner()).delete(ORGANIZATION, org.id()).then()
                .statusCode(400).body("code", equalTo("confirmation.mismatch"));
        brokenAs(org.owner()).queryParam("confirm", "").delete(ORGANIZATION, org.id()).then()
                .statusCode(400).body("code", equalTo("confirmation.mismatch"));
        for (String wrong : List.of(other.slug(), org.slug().toUpperCase(java.util.Locale.ROOT))) {
            as(org.owner()).queryParam("confirm", wrong).delete(ORGANIZATION, org.id()).then()
                    .statusCode(400).body("code", equalTo("confirmation.mismatch"));
        }

        as(org.owner()).get(ORGANIZATION, org.id()).then().statusCode(200);
        as(org.owner()).get("/v1/workspaces/{wsId}", org.firstWorkspaceId()).then().statusCode(200);
    }

    @Test
    void profileDropsDeletedOrganization() {
        Tenants.Org doomed = Tenants.signUp(TestUser.fresh("Owner"));
        Tenants.Org own = Tenants.signUp(TestUser.fresh("Member"));
        Tenants.join(doomed, own.owner(), "MEMBER", Map.of(doomed.firstWorkspaceId(), "VIEWER"));
        as(own.owner()).get("/v1/me").then().body("organizations.size()", equalTo(2));

        as(doomed.owner()).queryParam("confirm", doomed.slug()).delete(ORGANIZATION, doomed.id()).then()
                .statusCode(204);

        as(own.owner()).get("/v1/me").then()
                .body("organizations.organization.id", contains(own.id()))
                .body("organizations[0].defaultWorkspaceId", equalTo(own.firstWorkspaceId()));
        as(doomed.owner()).get("/v1/me").then()
                .statusCode(200).body("organizations", empty());
        as(own.owner()).get("/v1/organizations").then().body("items.id", contains(own.id()));
    }

    private static void inviteMember(Tenants.Org org) {
        as(org.owner()).body(Map.of("email", TestUser.fresh("Invitee").email(), "role", "MEMBER"))
                .post("/v1/organizations/{orgId}/invitations", org.id())
                .then().statusCode(201);
    }
}
