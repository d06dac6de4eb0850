package com.bolti.tenancy.test;

import static com.bolti.tenancy.test.Api.as;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Payment method bodies and credit top-ups, made through the public API. */
public final class Cards {

    private Cards() {
    }

    /**
     * A valid payment method body. The token is made of letters only, so that it can never
     * contain a run of digits that looks like a card number.
     */
    public static Map<String, Object> body() {
        StringBuilder token = new StringBuilder("pm_");
        for (int i = 0; i < 24; i++) {
            token.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("processorToken", token.toString());
        body.put("brand", "visa");
        body.put("last4", "4242");
        body.put("expMonth", 12);
        body.put("expYear", Year.now().getValue() + 3);
        return body;
    }

    /** Adds a payment method to the organization as {@code manager} and returns its id. */
    public static String add(TestUser manager, String organizationId) {
        return as(manager).body(body())
                .post("/v1/organizations/{orgId}/billing/payment-methods", organizationId)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Tops up the organization's credit as {@code manager} and returns the ledger entry id. */
    public static String topUp(TestUser manager, String organizationId, String paymentMethodId, long amountMinor,
            String currency) {
        return as(manager)
                .body(Map.of("amountMinor", amountMinor, "currency", currency, "paymentMethodId", paymentMethodId))
                .post("/v1/organizations/{orgId}/billing/credit-top-ups", organizationId)
                .then().statusCode(201)
                .extract().path("id");
    }
}
