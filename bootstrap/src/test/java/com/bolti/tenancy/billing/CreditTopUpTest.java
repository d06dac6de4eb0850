package com.bolti.tenancy.billing;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.Cards;
import com.bolti.tenancy.test.Rows;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CreditTopUpTest {

    private static final String BILLING = "/v1/organizations/{orgId}/billing";
    private static final String TOP_UPS = BILLING + "/credit-top-ups";
    private static final String LEDGER = BILLING + "/ledger";

    @Test
    void topUpGrowsBalanceByAmount() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ownerId = Tenants.userId(org.owner());
        String paymentMethodId = Cards.add(org.owner(), org.id());

        as(org.owner()).body(topUp(2500, "USD", paymentMethodId)).post(TOP_UPS, org.id()).then()
                .statusCode(201)
                .body("kind", equalTo("top_up"))
                .body("amount.amountMinor", equalTo(2500))
                .body("amount.currency", equalTo("USD"))
                .body("paymentMethodId", equalTo(paymentMethodId))
                .body("actorUserId", equalTo(ownerId));
        as(org.owner()).get(BILLING, org.id()).then()
                .body("creditBalance.amountMinor", equalTo(2500))
                .body("creditBalance.currency", equalTo("USD"));
        Cards.topUp(org.owner(), org.id(), paymentMethodId, 75, "USD");

        as(org.owner()).get(BILLING, org.id()).then().body("creditBalance.amountMinor", equalTo(2575));
        as(org.owner()).get(LEDGER, org.id()).then()
                .statusCode(200)
                .body("items.amount.amountMinor", contains(75, 2500))
                .body("nextCursor", nullValue());
        assertThat(Rows.number("SELECT sum(amount_minor) FROM credit_ledger_entries WHERE organization_id = ?::uuid",
                org.id())).isEqualTo(2575);
        assertThat(Rows.number("SELECT count(*) FROM audit_events WHERE organization_id = ?::uuid"
                + " AND action = 'billing.credit_topped_up'", org.id())).isEqualTo(2);
    }

    @Test
    void otherCurrencyIsRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String paymentMethodId = Cards.add(org.owner(), org.id());
        Cards.topUp(org.owner(), org.id(), paymentMethodId, 2500, "USD");

        as(org.owner()).body(topUp(1000, "EUR", paymentMethodId)).post(TOP_UPS, org.id()).then()
                .statusCode(422).body("code", equalTo("billing.currency_mismatch"));

        as(org.owner()).get(BILLING, org.id()).then()
                .body("creditBalance.amountMinor", equalTo(2500))
                .body("creditBalance.currency", equalTo("USD"));
        as(org.owner()).get(LEDGER, org.id()).then().body("items", hasSize(1));
    }

    @Test
    void invalidAmountsAreRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String paymentMethodId = Cards.add(org.owner(), org.id());

        for (Object amount : Arrays.asList(0, -100, 1_000_000_001L, new BigDecimal("12.5"), "100", null)) {
            Map<String, Object> body = topUp(0, "USD", paymentMethodId);
            body.put("amountMinor", amount);
            brokenAs(org.owner()).contentType("application/json").body(body).post(TOP_UPS, org.id()).then()
                    .statusCode(422)
                    .body("code", equalTo("validation.failed"))
                    .body("errors[0].field", equalTo("amountMinor"));
        }

        assertThat(Rows.number("SELECT count(*) FROM credit_ledger_entries WHERE organization_id = ?::uuid", org.id()))
                .isZero();
        assertThat(Rows.number("SELECT count(*) FROM credit_accounts WHERE organization_id = ?::uuid", org.id()))
                .isZero();
    }

    @Test
    void invalidCurrenciesAreRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String paymentMethodId = Cards.add(org.owner(), org.id());

        for (Object currency : Arrays.asList("usd", "US", "USDX", "XAU", "ZZZ", 840)) {
            Map<String, Object> body = topUp(500, "USD", paymentMethodId);
            body.put("currency", currency);
            brokenAs(org.owner()).contentType("application/json").body(body).post(TOP_UPS, org.id()).then()
                    .statusCode(422)
                    .body("code", equalTo("validation.failed"))
                    .body("errors[0].field", equalTo("currency"));
        }

        as(org.owner()).get(LEDGER, org.id()).then().body("items", hasSize(0));
    }

    @Test
    void unusablePaymentMethodIsRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String removed = Cards.add(org.owner(), org.id());
        as(org.owner()).delete(BILLING + "/payment-methods/{id}", org.id(), removed).then().statusCode(204);

        for (String paymentMethodId : new String[] {removed, UUID.randomUUID().toString()}) {
            as(org.owner()).body(topUp(500, "USD", paymentMethodId)).post(TOP_UPS, org.id()).then()
                    .statusCode(422).body("code", equalTo("reference.not_found"));
        }
        brokenAs(org.owner()).contentType("application/json").body(topUp(500, "USD", "card-1"))
                .post(TOP_UPS, org.id()).then()
                .statusCode(422).body("errors[0].field", equalTo("paymentMethodId"));

        as(org.owner()).get(BILLING, org.id()).then().body("creditBalance.amountMinor", equalTo(0));
    }

    @Test
    void zeroDecimalCurrencyIsAccepted() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String paymentMethodId = Cards.add(org.owner(), org.id());

        Cards.topUp(org.owner(), org.id(), paymentMethodId, 500, "JPY");

        as(org.owner()).get(BILLING, org.id()).then()
                .body("creditBalance.amountMinor", equalTo(500))
                .body("creditBalance.currency", equalTo("JPY"));
    }

    @Test
    void ledgerPagesNewestFirst() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String paymentMethodId = Cards.add(org.owner(), org.id());
        for (long amount : new long[] {100, 200, 300}) {
            Cards.topUp(org.owner(), org.id(), paymentMethodId, amount, "USD");
        }

        String cursor = as(org.owner()).queryParam("limit", 2).get(LEDGER, org.id()).then()
                .statusCode(200)
                .body("items.amount.amountMinor", contains(300, 200))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        as(org.owner()).queryParam("limit", 2).queryParam("cursor", cursor).get(LEDGER, org.id()).then()
                .statusCode(200)
                .body("items.amount.amountMinor", contains(100))
                .body("nextCursor", nullValue());
    }

    private static Map<String, Object> topUp(long amountMinor, String currency, String paymentMethodId) {
        Map<String, Object> body = new HashMap<>();
        body.put("amountMinor", amountMinor);
        body.put("currency", currency);
        body.put("paymentMethodId", paymentMethodId);
        return body;
    }
}
