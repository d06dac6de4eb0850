package com.bolti.tenancy.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import com.bolti.tenancy.test.Cards;
import com.bolti.tenancy.test.FailingTrigger;
import com.bolti.tenancy.test.Rows;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Breaks use cases at their last step with a trigger that raises inside the transaction, then
 * checks that the earlier writes of the same use case were rolled back. The 500 responses are
 * not part of the contract, so these requests skip the contract filter.
 */
@QuarkusTest
class HalfwayFailureTest {

    @Test
    void failedTransferKeepsRoles() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ownerId = Tenants.userId(org.owner());
        String memberId = Tenants.join(org, TestUser.fresh("Member"), "MEMBER", Map.of());

        try (FailingTrigger failure = failOnAudit(org.id(), "organization.ownership_transferred")) {
            plainAs(org.owner()).body(Map.of("userId", memberId))
                    .post("/v1/organizations/{orgId}/ownership-transfer", org.id()).then()
                    .statusCode(500)
                    .body("code", equalTo("internal.error"))
                    .body("detail", not(containsString("injected")));
        }

        assertThat(MemberRows.owners(org.id())).containsExactly(ownerId);
        assertThat(MemberRows.role(org.id(), memberId)).isEqualTo("MEMBER");
    }

    @Test
    void failedWorkspaceDeletionKeepsWorkspace() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        Tenants.join(org, TestUser.fresh("Editor"), "MEMBER", Map.of(staging, "EDITOR"));
        String slug = plainAs(org.owner()).get("/v1/workspaces/{wsId}", staging).then().extract().path("slug");

        try (FailingTrigger failure = failOnAudit(org.id(), "workspace.deleted")) {
            plainAs(org.owner()).queryParam("confirm", slug).delete("/v1/workspaces/{wsId}", staging).then()
                    .statusCode(500).body("code", equalTo("internal.error"));
        }

        assertThat(Rows.number("SELECT count(*) FROM workspaces WHERE id = ?::uuid", staging)).isEqualTo(1);
        assertThat(Rows.number("SELECT count(*) FROM workspace_members WHERE workspace_id = ?::uuid", staging))
                .isEqualTo(2);
        assertThat(MemberRows.auditEvents(org.id(), "workspace.deleted")).isZero();
    }

    @Test
    void failedOrganizationDeletionKeepsEverything() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        Tenants.workspace(org, "Staging");
        Tenants.join(org, TestUser.fresh("Member"), "MEMBER", Map.of(org.firstWorkspaceId(), "VIEWER"));
        Cards.topUp(org.owner(), org.id(), Cards.add(org.owner(), org.id()), 2500, "USD");

        try (FailingTrigger failure = FailingTrigger.on("DELETE", "payment_methods",
                "OLD.organization_id = '" + org.id() + "'")) {
            plainAs(org.owner()).queryParam("confirm", org.slug()).delete("/v1/organizations/{orgId}", org.id()).then()
                    .statusCode(500).body("code", equalTo("internal.error"));
        }

        assertThat(Rows.number("SELECT count(*) FROM organizations WHERE id = ?::uuid", org.id())).isEqualTo(1);
        assertThat(Rows.number("SELECT count(*) FROM workspaces WHERE organization_id = ?::uuid", org.id()))
                .isEqualTo(2);
        assertThat(Rows.number("SELECT count(*) FROM organization_members WHERE organization_id = ?::uuid", org.id()))
                .isEqualTo(2);
        assertThat(Rows.number("SELECT coalesce(sum(amount_minor), 0) FROM credit_ledger_entries"
                + " WHERE organization_id = ?::uuid", org.id())).isEqualTo(2500);
        assertThat(MemberRows.auditEvents(org.id(), "organization.created")).isEqualTo(1);
    }

    @Test
    void failedTopUpLeavesNoCredit() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String paymentMethodId = Cards.add(org.owner(), org.id());

        try (FailingTrigger failure = failOnAudit(org.id(), "billing.credit_topped_up")) {
            plainAs(org.owner())
                    .body(Map.of("amountMinor", 2500, "currency", "USD", "paymentMethodId", paymentMethodId))
                    .post("/v1/organizations/{orgId}/billing/credit-top-ups", org.id()).then()
                    .statusCode(500).body("code", equalTo("internal.error"));
        }

        assertThat(Rows.number("SELECT count(*) FROM credit_ledger_entries WHERE organization_id = ?::uuid", org.id()))
                .isZero();
        assertThat(Rows.number("SELECT count(*) FROM credit_accounts WHERE organization_id = ?::uuid", org.id()))
                .isZero();
        plainAs(org.owner()).get("/v1/organizations/{orgId}/billing", org.id()).then()
                .body("creditBalance.amountMinor", equalTo(0));
    }

    @Test
    void failedPlanChangeKeepsPlan() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String etag = plainAs(org.owner()).get("/v1/organizations/{orgId}", org.id()).then().extract().header("ETag");

        try (FailingTrigger failure = failOnAudit(org.id(), "billing.plan_changed")) {
            plainAs(org.owner()).body(Map.of("planTier", "growth"))
                    .put("/v1/organizations/{orgId}/billing/plan", org.id()).then()
                    .statusCode(500).body("code", equalTo("internal.error"));
        }

        plainAs(org.owner()).get("/v1/organizations/{orgId}", org.id()).then()
                .body("planTier", equalTo("free"))
                .header("ETag", equalTo(etag));
    }

    private static FailingTrigger failOnAudit(String organizationId, String action) {
        return FailingTrigger.on("INSERT", "audit_events",
                "NEW.organization_id = '" + organizationId + "' AND NEW.action = '" + action + "'");
    }

    private static RequestSpecification plainAs(TestUser user) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON);
    }
}
