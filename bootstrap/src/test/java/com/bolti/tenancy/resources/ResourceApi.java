package com.bolti.tenancy.resources;

import static io.restassured.RestAssured.given;

import com.bolti.tenancy.test.Api;
import com.bolti.tenancy.test.Contract;
import com.bolti.tenancy.test.TestUser;
import com.bolti.tenancy.test.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Builders for workspace resources, all made through the public API with the workspace header. */
final class ResourceApi {

    static final String HEADER = "Bolti-Workspace";

    private ResourceApi() {
    }

    /** A validated request by {@code user} in the workspace {@code workspaceId}. */
    static RequestSpecification in(TestUser user, String workspaceId) {
        return Api.as(user).header(HEADER, workspaceId);
    }

    /** A request by the call runtime, whose token carries the {@code calls:write} scope. */
    static RequestSpecification runtimeIn(String workspaceId) {
        return given()
                .filter(Contract.strict())
                .auth().oauth2(Tokens.withScope(TestUser.fresh("Runtime"), "calls:write"))
                .contentType(ContentType.JSON)
                .header(HEADER, workspaceId);
    }

    /** A deliberately invalid request by the call runtime; only the response is validated. */
    static RequestSpecification brokenRuntimeIn(String workspaceId) {
        return given()
                .filter(Contract.responsesOnly())
                .auth().oauth2(Tokens.withScope(TestUser.fresh("Runtime"), "calls:write"))
                .contentType(ContentType.JSON)
                .header(HEADER, workspaceId);
    }

    /** A phone number that no other test uses: +49 and ten random digits. */
    static String freshE164() {
        return "+49" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
    }

    static String tool(TestUser user, String workspaceId, String name) {
        return in(user, workspaceId)
                .body(Map.of("name", name, "kind", "HTTP", "config", Map.of("url", "https://crm.example.com/lookup")))
                .post("/v1/tools").then().statusCode(201).extract().path("id");
    }

    static String knowledgeBase(TestUser user, String workspaceId, String name) {
        return in(user, workspaceId).body(Map.of("name", name, "description", "Return policy and FAQ"))
                .post("/v1/knowledge-bases").then().statusCode(201).extract().path("id");
    }

    static String contact(TestUser user, String workspaceId) {
        return in(user, workspaceId).body(Map.of("name", "Ana Lima", "phoneNumber", freshE164(),
                        "attributes", Map.of("tier", "gold")))
                .post("/v1/contacts").then().statusCode(201).extract().path("id");
    }

    static String phoneNumber(TestUser user, String workspaceId) {
        return in(user, workspaceId).body(Map.of("e164", freshE164()))
                .post("/v1/phone-numbers").then().statusCode(201).extract().path("id");
    }

    /** Creates an agent with the given extra fields beside its name. */
    static String agent(TestUser user, String workspaceId, String name, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("name", name);
        return in(user, workspaceId).body(body).post("/v1/agents").then().statusCode(201).extract().path("id");
    }

    static String agent(TestUser user, String workspaceId, String name) {
        return agent(user, workspaceId, name, Map.of());
    }

    static String callLog(String workspaceId, Map<String, Object> references) {
        Map<String, Object> body = new HashMap<>(references);
        body.put("direction", "INBOUND");
        body.put("startedAt", "2026-12-04T19:30:00Z");
        body.put("durationSeconds", 42);
        return runtimeIn(workspaceId).body(body).post("/v1/call-logs").then().statusCode(201).extract().path("id");
    }
}
