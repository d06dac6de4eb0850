package com.bolti.tenancy.resources;

import static com.bolti.tenancy.resources.ResourceApi.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.Api;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PhoneNumberApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void releaseUnassignsAndWritesOutbox() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String number = ResourceApi.phoneNumber(org.owner(), ws);
        String agent = ResourceApi.agent(org.owner(), ws, "Agent", Map.of("phoneNumberId", number));
        in(org.owner(), ws).get("/v1/phone-numbers/{id}", number).then().body("agentId", equalTo(agent));

        in(org.owner(), ws).delete("/v1/phone-numbers/{id}", number).then().statusCode(204);

        in(org.owner(), ws).get("/v1/phone-numbers/{id}", number).then()
                .statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("agentId", nullValue())
                .body("releasedAt", notNullValue());
        in(org.owner(), ws).get("/v1/agents/{id}", agent).then().body("phoneNumberId", nullValue());
        assertThat(outboxMessages(number)).isEqualTo(1);
        Api.as(org.owner()).get("/v1/organizations/{orgId}/audit-events", org.id()).then()
                .body("items[0].action", equalTo("phone_number.released"))
                .body("items[0].targetId", equalTo(number));
    }

    @Test
    void releasedNumberIsFinal() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String number = ResourceApi.phoneNumber(org.owner(), ws);
        String agent = ResourceApi.agent(org.owner(), ws, "Agent");
        in(org.owner(), ws).delete("/v1/phone-numbers/{id}", number).then().statusCode(204);

        in(org.owner(), ws).delete("/v1/phone-numbers/{id}", number).then()
                .statusCode(409).body("code", equalTo("phone_number.released"));
        in(org.owner(), ws).body(Map.of("agentId", agent)).patch("/v1/phone-numbers/{id}", number).then()
                .statusCode(409).body("code", equalTo("phone_number.released"));
        in(org.owner(), ws).body(Map.of("phoneNumberId", number)).patch("/v1/agents/{id}", agent).then()
                .statusCode(409).body("code", equalTo("phone_number.released"));

        assertThat(outboxMessages(number)).isEqualTo(1);
        in(org.owner(), ws).get("/v1/agents/{id}", agent).then().body("phoneNumberId", nullValue());
    }

    @Test
    void activeNumberTakenAcrossWorkspaces() {
        Tenants.Org first = Tenants.signUp(TestUser.fresh("First"));
        Tenants.Org second = Tenants.signUp(TestUser.fresh("Second"));
        String sibling = Tenants.workspace(first, "Sibling");
        String e164 = ResourceApi.freshE164();
        String number = in(first.owner(), first.firstWorkspaceId()).body(Map.of("e164", e164))
                .post("/v1/phone-numbers").then().statusCode(201).extract().path("id");

        in(second.owner(), second.firstWorkspaceId()).body(Map.of("e164", e164)).post("/v1/phone-numbers").then()
                .statusCode(409).body("code", equalTo("phone_number.taken"));
        in(first.owner(), sibling).body(Map.of("e164", e164)).post("/v1/phone-numbers").then()
                .statusCode(409).body("code", equalTo("phone_number.taken"));
        in(second.owner(), second.firstWorkspaceId()).get("/v1/phone-numbers").then().body("items", hasSize(0));

        in(first.owner(), first.firstWorkspaceId()).delete("/v1/phone-numbers/{id}", number).then().statusCode(204);
        in(second.owner(), second.firstWorkspaceId()).body(Map.of("e164", e164)).post("/v1/phone-numbers").then()
                .statusCode(201).body("status", equalTo("ACTIVE"));
    }

    @Test
    void concurrentPurchasesHaveOneWinner() throws Exception {
        int buyers = 6;
        List<Tenants.Org> orgs = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            orgs.add(Tenants.signUp(TestUser.fresh("Buyer")));
        }
        String e164 = ResourceApi.freshE164();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (Tenants.Org org : orgs) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return in(org.owner(), org.firstWorkspaceId()).body(Map.of("e164", e164))
                            .post("/v1/phone-numbers").statusCode();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }

            assertThat(results).filteredOn(status -> status == 201).hasSize(1);
            assertThat(results).filteredOn(status -> status == 409).hasSize(buyers - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Rows.count(dataSource, "SELECT count(*) FROM phone_numbers WHERE e164 = ? AND status = 'ACTIVE'",
                e164)).isEqualTo(1);
    }

    @Test
    void assignmentMovesBetweenAgents() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String first = ResourceApi.phoneNumber(org.owner(), ws);
        String second = ResourceApi.phoneNumber(org.owner(), ws);
        String alpha = ResourceApi.agent(org.owner(), ws, "Alpha");
        String beta = ResourceApi.agent(org.owner(), ws, "Beta");

        in(org.owner(), ws).body(Map.of("agentId", alpha)).patch("/v1/phone-numbers/{id}", first).then()
                .statusCode(200).body("agentId", equalTo(alpha));
        in(org.owner(), ws).body(Map.of("phoneNumberId", second)).patch("/v1/agents/{id}", alpha).then()
                .statusCode(200).body("phoneNumberId", equalTo(second));
        in(org.owner(), ws).get("/v1/phone-numbers/{id}", first).then().body("agentId", nullValue());
        in(org.owner(), ws).body(Map.of("agentId", beta)).patch("/v1/phone-numbers/{id}", second).then()
                .statusCode(200).body("agentId", equalTo(beta));

        in(org.owner(), ws).get("/v1/agents/{id}", alpha).then().body("phoneNumberId", nullValue());
        in(org.owner(), ws).get("/v1/agents/{id}", beta).then().body("phoneNumberId", equalTo(second));
        Map<String, Object> unassign = new HashMap<>();
        unassign.put("agentId", null);
        in(org.owner(), ws).body(unassign).patch("/v1/phone-numbers/{id}", second).then()
                .statusCode(200).body("agentId", nullValue());
        in(org.owner(), ws).get("/v1/agents/{id}", beta).then().body("phoneNumberId", nullValue());
    }

    @Test
    void linkingNumberNeedsAssignCapability() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        TestUser editor = TestUser.fresh("Editor");
        String editorId = Tenants.join(org, editor, "MEMBER", Map.of());
        Api.as(org.owner()).body(Map.of("role", "EDITOR", "permissions", Map.of("phone_numbers.assign", false)))
                .put("/v1/workspaces/{wsId}/members/{userId}", ws, editorId).then().statusCode(201);
        String number = ResourceApi.phoneNumber(org.owner(), ws);
        String agent = ResourceApi.agent(editor, ws, "Agent");

        in(editor, ws).body(Map.of("phoneNumberId", number)).patch("/v1/agents/{id}", agent).then()
                .statusCode(403).body("code", equalTo("access.denied"));
        in(editor, ws).body(Map.of("name", "Renamed", "phoneNumberId", number)).post("/v1/agents").then()
                .statusCode(403).body("code", equalTo("access.denied"));

        in(org.owner(), ws).get("/v1/phone-numbers/{id}", number).then().body("agentId", nullValue());
        in(org.owner(), ws).get("/v1/agents").then().body("items", hasSize(1));
    }

    @Test
    void failedReleaseLeavesNothingBehind() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String number = ResourceApi.phoneNumber(org.owner(), ws);
        String agent = ResourceApi.agent(org.owner(), ws, "Agent", Map.of("phoneNumberId", number));
        String trigger = "fail_release_" + UUID.randomUUID().toString().replace("-", "");
        // The audit insert is the last write of a release; failing it must undo the release and its message.
        Rows.execute(dataSource, "CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.action = 'phone_number.released' AND NEW.organization_id = '" + org.id() + "' THEN"
                + " RAISE EXCEPTION 'audit write failed on purpose'; END IF; RETURN NEW; END $$");
        Rows.execute(dataSource, "CREATE TRIGGER " + trigger + " BEFORE INSERT ON audit_events"
                + " FOR EACH ROW EXECUTE FUNCTION " + trigger + "()");
        try {
            RestAssured.given().auth().oauth2(org.owner().token()).header(ResourceApi.HEADER, ws)
                    .delete("/v1/phone-numbers/{id}", number).then()
                    .statusCode(500).body("code", equalTo("internal.error"));
        } finally {
            Rows.execute(dataSource, "DROP TRIGGER " + trigger + " ON audit_events");
            Rows.execute(dataSource, "DROP FUNCTION " + trigger + "()");
        }

        in(org.owner(), ws).get("/v1/phone-numbers/{id}", number).then()
                .body("status", equalTo("ACTIVE"))
                .body("agentId", equalTo(agent));
        assertThat(outboxMessages(number)).isZero();
    }

    private long outboxMessages(String phoneNumberId) {
        return Rows.count(dataSource, "SELECT count(*) FROM outbox_messages WHERE topic = 'phone_number.released'"
                + " AND subject_id = ?", UUID.fromString(phoneNumberId));
    }
}
