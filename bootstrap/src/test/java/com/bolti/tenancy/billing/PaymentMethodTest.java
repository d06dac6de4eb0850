package com.bolti.tenancy.billing;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.Cards;
import com.bolti.tenancy.test.Rows;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaymentMethodTest {

    private static final String BILLING = "/v1/organizations/{orgId}/billing";
    private static final String METHODS = BILLING + "/payment-methods";
    private static final String METHOD = METHODS + "/{paymentMethodId}";

    @Test
    void addedMethodHidesProcessorToken() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        Map<String, Object> body = Cards.body();

        Response created = as(org.owner()).body(body).post(METHODS, org.id());

        created.then()
                .statusCode(201)
                .body("brand", equalTo("visa"))
                .body("last4", equalTo("4242"))
                .body("expMonth", equalTo(12))
                .body("processorToken", nullValue());
        String id = created.path("id");
        created.then().header("Location", endsWith("/billing/payment-methods/" + id));
        as(org.owner()).get(BILLING, org.id()).then()
                .body("paymentMethods.id", contains(id))
                .body("paymentMethods[0].processorToken", nullValue());
        assertThat(Rows.column("SELECT processor_token FROM payment_methods WHERE id = ?::uuid", id))
                .containsExactly((String) body.get("processorToken"));
        assertThat(Rows.number("SELECT count(*) FROM audit_events WHERE organization_id = ?::uuid"
                + " AND action = 'billing.payment_method_added'", org.id())).isEqualTo(1);
    }

    @Test
    void cardNumbersAreRejectedInAnyField() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        List<Map.Entry<String, Object>> cases = List.of(
                Map.entry("processorToken", "4242424242424242"),
                Map.entry("processorToken", "4242 4242 4242 4242"),
                Map.entry("processorToken", "4242-4242-4242-4242"),
                Map.entry("processorToken", "pm_4000056655665556"),
                Map.entry("brand", "visa 4000 0566 5566 5556"),
                Map.entry("last4", "378282246310005"),
                Map.entry("expMonth", 4242424242424242L),
                Map.entry("expYear", 378282246310005L));

        for (Map.Entry<String, Object> sent : cases) {
            Map<String, Object> body = new LinkedHashMap<>(Cards.body());
            body.put(sent.getKey(), sent.getValue());
            Response response = brokenAs(org.owner()).contentType("application/json").body(body)
                    .post(METHODS, org.id());

            response.then()
                    .statusCode(422)
                    .body("code", equalTo("payment_method.card_number_rejected"))
                    .body("errors[0].field", equalTo(sent.getKey()));
            String digits = sent.getValue().toString().replaceAll("[^0-9]", "");
            assertThat(response.asString()).doesNotContain(sent.getValue().toString()).doesNotContain(digits);
        }

        assertThat(Rows.number("SELECT count(*) FROM payment_methods WHERE organization_id = ?::uuid", org.id()))
                .isZero();
        as(org.owner()).get(BILLING, org.id()).then().body("paymentMethods", empty());
    }

    @Test
    void invalidFieldsAreRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        int lastYear = Year.now().getValue() - 1;
        List<Map.Entry<String, Object>> cases = List.of(
                Map.entry("processorToken", "pm abc"),
                Map.entry("processorToken", ""),
                Map.entry("brand", " "),
                Map.entry("last4", "42"),
                Map.entry("last4", 4242),
                Map.entry("expMonth", 13),
                Map.entry("expMonth", "12"),
                Map.entry("expYear", 1999),
                Map.entry("expYear", lastYear));

        for (Map.Entry<String, Object> sent : cases) {
            Map<String, Object> body = new LinkedHashMap<>(Cards.body());
            body.put(sent.getKey(), sent.getValue());
            brokenAs(org.owner()).contentType("application/json").body(body).post(METHODS, org.id()).then()
                    .statusCode(422)
                    .body("code", equalTo("validation.failed"))
                    .body("errors[0].field", equalTo(sent.getKey()));
        }
        Map<String, Object> withCardNumberField = new LinkedHashMap<>(Cards.body());
        withCardNumberField.put("cardNumber", "4242424242424242");
        brokenAs(org.owner()).contentType("application/json").body(withCardNumberField)
                .post(METHODS, org.id()).then()
                .statusCode(400).body("code", equalTo("request.unknown_field"));

        assertThat(Rows.number("SELECT count(*) FROM payment_methods WHERE organization_id = ?::uuid", org.id()))
                .isZero();
    }

    @Test
    void removedMethodDisappearsFromBilling() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String paymentMethodId = Cards.add(org.owner(), org.id());
        Cards.topUp(org.owner(), org.id(), paymentMethodId, 500, "USD");

        as(org.owner()).delete(METHOD, org.id(), paymentMethodId).then().statusCode(204);

        as(org.owner()).get(BILLING, org.id()).then()
                .body("paymentMethods", empty())
                .body("creditBalance.amountMinor", equalTo(500));
        as(org.owner()).delete(METHOD, org.id(), paymentMethodId).then()
                .statusCode(404).body("code", equalTo("payment_method.not_found"));
        as(org.owner()).delete(METHOD, org.id(), "not-a-uuid").then()
                .statusCode(404).body("code", equalTo("payment_method.not_found"));
        as(org.owner()).get(BILLING + "/ledger", org.id()).then()
                .body("items[0].paymentMethodId", equalTo(paymentMethodId));
        assertThat(Rows.number("SELECT count(*) FROM payment_methods WHERE id = ?::uuid AND removed_at IS NOT NULL",
                paymentMethodId)).isEqualTo(1);
        assertThat(Rows.number("SELECT count(*) FROM audit_events WHERE organization_id = ?::uuid"
                + " AND action = 'billing.payment_method_removed'", org.id())).isEqualTo(1);
    }

    @Test
    void databaseRejectsStoredCardNumbers() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String paymentMethodId = Cards.add(org.owner(), org.id());

        assertThatThrownBy(() -> Rows.execute(
                "UPDATE payment_methods SET processor_token = '4242 4242 4242 4242' WHERE id = ?::uuid",
                paymentMethodId))
                .hasMessageContaining("payment_methods_no_card_number");

        assertThat(Rows.column("SELECT processor_token FROM payment_methods WHERE id = ?::uuid", paymentMethodId))
                .allSatisfy(token -> assertThat(token).startsWith("pm_"));
    }
}
