package com.bolti.tenancy.billing;

import static com.bolti.tenancy.test.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.Cards;
import com.bolti.tenancy.test.Rows;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may read and change billing, following the organization role table. */
@QuarkusTest
class BillingAccessTest {

    private static final String BILLING = "/v1/organizations/{orgId}/billing";
    private static final String PLAN = BILLING + "/plan";
    private static final String TOP_UPS = BILLING + "/credit-top-ups";
    private static final String METHODS = BILLING + "/payment-methods";
    private static final String METHOD = METHODS + "/{paymentMethodId}";

    @Test
    void ownerAdminAndBillingReadBilling() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser admin = TestUser.fresh("Admin");
        TestUser billing = TestUser.fresh("Billing");
        Tenants.join(org, admin, "ADMIN", Map.of());
        Tenants.join(org, billing, "BILLING", Map.of());

        for (TestUser reader : List.of(org.owner(), admin, billing)) {
            as(reader).get(BILLING, org.id()).then()
                    .statusCode(200)
                    .body("planTier", equalTo("free"))
                    .body("creditBalance.amountMinor", equalTo(0))
                    .body("creditBalance.currency", nullValue())
                    .body("paymentMethods", empty());
            as(reader).get(BILLING + "/ledger", org.id()).then().statusCode(200).body("items", empty());
            as(reader).get(BILLING + "/invoices", org.id()).then().statusCode(200).body("items", empty());
        }
    }

    @Test
    void memberAndStrangerCannotReadBilling() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser member = TestUser.fresh("Member");
        Tenants.join(org, member, "MEMBER", Map.of(org.firstWorkspaceId(), "ADMIN"));
        TestUser stranger = Tenants.signUp(TestUser.fresh("Stranger")).owner();

        for (String path : List.of(BILLING, BILLING + "/ledger", BILLING + "/invoices")) {
            as(member).get(path, org.id()).then()
                    .statusCode(403).body("code", equalTo("access.denied"));
            as(stranger).get(path, org.id()).then()
                    .statusCode(404).body("code", equalTo("organization.not_found"));
        }
    }

    @Test
    void adminCannotChangeBilling() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser admin = TestUser.fresh("Admin");
        TestUser member = TestUser.fresh("Member");
        Tenants.join(org, admin, "ADMIN", Map.of());
        Tenants.join(org, member, "MEMBER", Map.of());
        String paymentMethodId = Cards.add(org.owner(), org.id());

        for (TestUser caller : List.of(admin, member)) {
            as(caller).body(Map.of("planTier", "growth")).put(PLAN, org.id()).then()
                    .statusCode(403).body("code", equalTo("access.denied"));
            as(caller).body(Map.of("amountMinor", 500, "currency", "USD", "paymentMethodId", paymentMethodId))
                    .post(TOP_UPS, org.id()).then()
                    .statusCode(403).body("code", equalTo("access.denied"));
            as(caller).body(Cards.body()).post(METHODS, org.id()).then()
                    .statusCode(403).body("code", equalTo("access.denied"));
            as(caller).delete(METHOD, org.id(), paymentMethodId).then()
                    .statusCode(403).body("code", equalTo("access.denied"));
        }

        as(org.owner()).get(BILLING, org.id()).then()
                .body("planTier", equalTo("free"))
                .body("creditBalance.amountMinor", equalTo(0))
                .body("paymentMethods.id", contains(paymentMethodId));
        assertThat(Rows.number("SELECT count(*) FROM payment_methods WHERE organization_id = ?::uuid", org.id()))
                .isEqualTo(1);
        assertThat(Rows.number("SELECT count(*) FROM audit_events WHERE organization_id = ?::uuid"
                + " AND action LIKE 'billing.%'", org.id())).isEqualTo(1);
    }

    @Test
    void billingMemberManagesBilling() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser billing = TestUser.fresh("Billing");
        String billingId = Tenants.join(org, billing, "BILLING", Map.of());

        String paymentMethodId = Cards.add(billing, org.id());
        Cards.topUp(billing, org.id(), paymentMethodId, 1000, "EUR");
        as(billing).body(Map.of("planTier", "starter")).put(PLAN, org.id()).then()
                .statusCode(200).body("planTier", equalTo("starter"));
        as(billing).delete(METHOD, org.id(), paymentMethodId).then().statusCode(204);

        as(billing).get(BILLING, org.id()).then()
                .body("planTier", equalTo("starter"))
                .body("creditBalance.amountMinor", equalTo(1000))
                .body("creditBalance.currency", equalTo("EUR"))
                .body("paymentMethods", empty());
        assertThat(Rows.column("SELECT action FROM audit_events WHERE organization_id = ?::uuid"
                + " AND actor_user_id = ?::uuid ORDER BY id", org.id(), billingId))
                .containsExactly("invitation.accepted", "billing.payment_method_added", "billing.credit_topped_up",
                        "billing.plan_changed", "billing.payment_method_removed");
    }

    @Test
    void billingMemberSeesNoWorkspace() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        Tenants.workspace(org, "Staging");
        TestUser billing = TestUser.fresh("Billing");
        Tenants.join(org, billing, "BILLING", Map.of());

        as(billing).get("/v1/workspaces/{wsId}", org.firstWorkspaceId()).then()
                .statusCode(404).body("code", equalTo("workspace.not_found"));
        as(billing).get("/v1/workspaces/{wsId}/members", org.firstWorkspaceId()).then()
                .statusCode(404).body("code", equalTo("workspace.not_found"));
        as(billing).get("/v1/organizations/{orgId}/workspaces", org.id()).then()
                .statusCode(200).body("items", empty());
        as(billing).get("/v1/me").then()
                .body("organizations[0].role", equalTo("BILLING"))
                .body("organizations[0].defaultWorkspaceId", nullValue())
                .body("organizations[0].workspaces", empty());
    }

    @Test
    void otherOrganizationsBillingIsUnreachable() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        Tenants.Org other = Tenants.signUp(TestUser.fresh("Other"));
        String paymentMethodId = Cards.add(org.owner(), org.id());
        Cards.add(other.owner(), other.id());

        as(other.owner()).get(BILLING, org.id()).then().statusCode(404).body("code", equalTo("organization.not_found"));
        as(other.owner()).body(Map.of("planTier", "growth")).put(PLAN, org.id()).then().statusCode(404);
        as(other.owner()).delete(METHOD, org.id(), paymentMethodId).then().statusCode(404);
        as(other.owner()).body(Map.of("amountMinor", 500, "currency", "USD", "paymentMethodId", paymentMethodId))
                .post(TOP_UPS, other.id()).then()
                .statusCode(422).body("code", equalTo("reference.not_found"));
        as(other.owner()).delete(METHOD, other.id(), paymentMethodId).then()
                .statusCode(404).body("code", equalTo("payment_method.not_found"));

        as(org.owner()).get(BILLING, org.id()).then()
                .body("planTier", equalTo("free"))
                .body("paymentMethods.id", contains(paymentMethodId));
        assertThat(Rows.number("SELECT count(*) FROM credit_ledger_entries WHERE organization_id = ?::uuid",
                other.id())).isZero();
    }
}
