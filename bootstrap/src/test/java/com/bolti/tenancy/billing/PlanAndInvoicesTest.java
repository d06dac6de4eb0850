package com.bolti.tenancy.billing;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.InvoiceRows;
import com.bolti.tenancy.test.Rows;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanAndInvoicesTest {

    private static final String ORGANIZATION = "/v1/organizations/{orgId}";
    private static final String PLAN = ORGANIZATION + "/billing/plan";
    private static final String INVOICES = ORGANIZATION + "/billing/invoices";

    @Test
    void planChangeUpdatesOrganization() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String etag = as(org.owner()).get(ORGANIZATION, org.id()).then().extract().header("ETag");

        as(org.owner()).body(Map.of("planTier", "growth")).put(PLAN, org.id()).then()
                .statusCode(200)
                .body("planTier", equalTo("growth"))
                .body("creditBalance.amountMinor", equalTo(0));

        String changedEtag = as(org.owner()).get(ORGANIZATION, org.id()).then()
                .body("planTier", equalTo("growth"))
                .header("ETag", not(equalTo(etag)))
                .extract().header("ETag");
        as(org.owner()).get(ORGANIZATION + "/audit-events", org.id()).then()
                .body("items[0].action", equalTo("billing.plan_changed"))
                .body("items[0].details.from", equalTo("free"))
                .body("items[0].details.to", equalTo("growth"));
        as(org.owner()).body(Map.of("planTier", "growth")).put(PLAN, org.id()).then().statusCode(200);
        as(org.owner()).get(ORGANIZATION, org.id()).then().header("ETag", equalTo(changedEtag));
        assertThat(Rows.number("SELECT count(*) FROM audit_events WHERE organization_id = ?::uuid"
                + " AND action = 'billing.plan_changed'", org.id())).isEqualTo(1);
    }

    @Test
    void invalidPlanTierIsRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));

        for (Object tier : Arrays.asList("Growth", "FREE", "pro", "", 5, null)) {
            Map<String, Object> body = new HashMap<>();
            body.put("planTier", tier);
            brokenAs(org.owner()).contentType("application/json").body(body).put(PLAN, org.id()).then()
                    .statusCode(422)
                    .body("code", equalTo("validation.failed"))
                    .body("errors[0].field", equalTo("planTier"));
        }
        brokenAs(org.owner()).contentType("application/json").body(Map.of("planTier", "growth", "price", 10))
                .put(PLAN, org.id()).then()
                .statusCode(400).body("code", equalTo("request.unknown_field"));

        as(org.owner()).get(ORGANIZATION, org.id()).then().body("planTier", equalTo("free"));
    }

    @Test
    void invoicesListNewestFirst() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        Tenants.Org other = Tenants.signUp(TestUser.fresh("Other"));
        InvoiceRows.insert(org.id(), "INV-1", "paid", 4900, "USD");
        InvoiceRows.insert(org.id(), "INV-2", "open", 5900, "USD");
        InvoiceRows.insert(org.id(), "INV-3", "draft", 0, "USD");
        InvoiceRows.insert(other.id(), "INV-1", "paid", 100, "EUR");

        as(org.owner()).get(INVOICES, org.id()).then()
                .statusCode(200)
                .body("items.number", contains("INV-3", "INV-2", "INV-1"))
                .body("items[0].status", equalTo("draft"))
                .body("items[0].issuedAt", nullValue())
                .body("items[2].total.amountMinor", equalTo(4900))
                .body("items[2].total.currency", equalTo("USD"))
                .body("items[2].issuedAt", notNullValue());
        as(org.owner()).queryParam("limit", 2).get(INVOICES, org.id()).then()
                .body("items.number", contains("INV-3", "INV-2"))
                .body("nextCursor", notNullValue());
        as(other.owner()).get(INVOICES, other.id()).then()
                .body("items.total.currency", contains("EUR"));
        as(other.owner()).get(INVOICES, org.id()).then()
                .statusCode(404).body("code", equalTo("organization.not_found"));
    }

    @Test
    void newOrganizationHasNoInvoices() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));

        as(org.owner()).get(INVOICES, org.id()).then()
                .statusCode(200)
                .body("items", empty())
                .body("nextCursor", nullValue());
    }
}
