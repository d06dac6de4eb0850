package com.bolti.tenancy.resources;

import static com.bolti.tenancy.resources.ResourceApi.in;
import static com.bolti.tenancy.resources.ResourceApi.runtimeIn;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.Contract;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import com.bolti.tenancy.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CallLogApiTest {

    private static final Map<String, Object> CALL = Map.of("direction", "OUTBOUND",
            "startedAt", "2026-12-04T20:30:00+01:00", "durationSeconds", 95,
            "recordingUrl", "https://recordings.example.com/r/1.wav");

    @Test
    void runtimeWritesUserReads() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String agent = ResourceApi.agent(org.owner(), ws, "Agent");
        String number = ResourceApi.phoneNumber(org.owner(), ws);

        String id = runtimeIn(ws).body(with(Map.of("agentId", agent, "phoneNumberId", number)))
                .post("/v1/call-logs").then()
                .statusCode(201)
                .body("startedAt", equalTo("2026-12-04T19:30:00Z"))
                .extract().path("id");

        in(org.owner(), ws).get("/v1/call-logs/{id}", id).then()
                .statusCode(200)
                .body("agentId", equalTo(agent))
                .body("phoneNumberId", equalTo(number))
                .body("direction", equalTo("OUTBOUND"))
                .body("durationSeconds", equalTo(95));
        in(org.owner(), ws).get("/v1/call-logs").then().body("items.id", contains(id));
    }

    @Test
    void userTokenCannotWriteCallLogs() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();

        in(org.owner(), ws).body(CALL).post("/v1/call-logs").then()
                .statusCode(403).body("code", equalTo("access.denied"));
        RestAssured.given().filter(Contract.strict())
                .auth().oauth2(Tokens.withScope(org.owner(), "authz:check"))
                .contentType("application/json").header(ResourceApi.HEADER, ws).body(CALL)
                .post("/v1/call-logs").then()
                .statusCode(403).body("code", equalTo("access.denied"));

        in(org.owner(), ws).get("/v1/call-logs").then().body("items", hasSize(0));
    }

    @Test
    void runtimeReferencesStayInWorkspace() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String sibling = Tenants.workspace(org, "Sibling");
        String foreignAgent = ResourceApi.agent(org.owner(), sibling, "Foreign");

        runtimeIn(ws).body(with(Map.of("agentId", foreignAgent))).post("/v1/call-logs").then()
                .statusCode(422).body("code", equalTo("reference.other_workspace"));
        runtimeIn(ws).body(with(Map.of("phoneNumberId", UUID.randomUUID().toString()))).post("/v1/call-logs").then()
                .statusCode(422).body("code", equalTo("reference.not_found"));
        runtimeIn(UUID.randomUUID().toString()).body(CALL).post("/v1/call-logs").then()
                .statusCode(404).body("code", equalTo("workspace.not_found"));

        in(org.owner(), ws).get("/v1/call-logs").then().body("items", hasSize(0));
    }

    @Test
    void invalidCallValuesAreRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();

        ResourceApi.brokenRuntimeIn(ws).body(with(Map.of("direction", "SIDEWAYS"))).post("/v1/call-logs").then()
                .statusCode(422).body("errors[0].field", equalTo("direction"));
        ResourceApi.brokenRuntimeIn(ws).body(with(Map.of("startedAt", "yesterday"))).post("/v1/call-logs").then()
                .statusCode(422).body("errors[0].field", equalTo("startedAt"));
        ResourceApi.brokenRuntimeIn(ws).body(with(Map.of("recordingUrl", "http://insecure.example.com/r.wav")))
                .post("/v1/call-logs")
                .then().statusCode(422).body("errors[0].field", equalTo("recordingUrl"));

        in(org.owner(), ws).get("/v1/call-logs").then().body("items", hasSize(0));
    }

    @Test
    void deletedAgentKeepsCallLogs() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String agent = ResourceApi.agent(org.owner(), ws, "Agent");
        String id = ResourceApi.callLog(ws, Map.of("agentId", agent));

        in(org.owner(), ws).delete("/v1/agents/{id}", agent).then().statusCode(204);

        in(org.owner(), ws).get("/v1/call-logs/{id}", id).then()
                .statusCode(200)
                .body("agentId", nullValue());
    }

    private static Map<String, Object> with(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(CALL);
        body.putAll(overrides);
        return body;
    }
}
