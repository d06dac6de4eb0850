package com.bolti.tenancy.resources;

import static com.bolti.tenancy.resources.ResourceApi.in;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.Api;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgentApiTest {

    @Test
    void agentRoundTripsAllFields() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String tool = ResourceApi.tool(org.owner(), ws, "CRM lookup");
        String knowledgeBase = ResourceApi.knowledgeBase(org.owner(), ws, "FAQ");

        String id = in(org.owner(), ws)
                .body("{\"name\":\"  Front desk  \",\"tags\":[\"sales\",\"en\"],"
                        + "\"config\":{\"voice\":\"alloy\",\"temperature\":0.70},"
                        + "\"toolIds\":[\"" + tool + "\"],\"knowledgeBaseIds\":[\"" + knowledgeBase + "\"]}")
                .post("/v1/agents").then()
                .statusCode(201)
                .header("Location", notNullValue())
                .extract().path("id");

        in(org.owner(), ws).get("/v1/agents/{id}", id).then()
                .statusCode(200)
                .body("name", equalTo("Front desk"))
                .body("workspaceId", equalTo(ws))
                .body("tags", contains("sales", "en"))
                .body("config.voice", equalTo("alloy"))
                .body("toolIds", contains(tool))
                .body("knowledgeBaseIds", contains(knowledgeBase))
                .body("phoneNumberId", nullValue());
    }

    @Test
    void patchReplacesListsAndKeepsRest() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String first = ResourceApi.tool(org.owner(), ws, "First");
        String second = ResourceApi.tool(org.owner(), ws, "Second");
        String id = ResourceApi.agent(org.owner(), ws, "Agent", Map.of("toolIds", List.of(first), "tags",
                List.of("a")));

        in(org.owner(), ws).body(Map.of("toolIds", List.of(second), "name", "Renamed"))
                .patch("/v1/agents/{id}", id).then()
                .statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("toolIds", contains(second))
                .body("tags", contains("a"));
        in(org.owner(), ws).get("/v1/agents/{id}", id).then()
                .body("toolIds", contains(second));
    }

    @Test
    void deletedToolLeavesAgentLinks() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String tool = ResourceApi.tool(org.owner(), ws, "Doomed");
        String id = ResourceApi.agent(org.owner(), ws, "Agent", Map.of("toolIds", List.of(tool)));

        in(org.owner(), ws).delete("/v1/tools/{id}", tool).then().statusCode(204);

        in(org.owner(), ws).get("/v1/agents/{id}", id).then()
                .statusCode(200)
                .body("toolIds", empty());
    }

    @Test
    void deletedAgentIsGone() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String id = ResourceApi.agent(org.owner(), ws, "Agent");

        in(org.owner(), ws).delete("/v1/agents/{id}", id).then().statusCode(204);

        in(org.owner(), ws).get("/v1/agents/{id}", id).then()
                .statusCode(404)
                .body("code", equalTo("agent.not_found"));
        in(org.owner(), ws).delete("/v1/agents/{id}", id).then()
                .statusCode(404)
                .body("code", equalTo("agent.not_found"));
        Api.as(org.owner()).get("/v1/organizations/{orgId}/audit-events", org.id()).then()
                .body("items[0].action", equalTo("agent.deleted"))
                .body("items[0].targetId", equalTo(id));
    }

    @Test
    void listPagesWithCursor() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String first = ResourceApi.agent(org.owner(), ws, "One");
        String second = ResourceApi.agent(org.owner(), ws, "Two");
        String third = ResourceApi.agent(org.owner(), ws, "Three");

        String cursor = in(org.owner(), ws).queryParam("limit", 2).get("/v1/agents").then()
                .statusCode(200)
                .body("items.id", contains(first, second))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        in(org.owner(), ws).queryParam("limit", 2).queryParam("cursor", cursor).get("/v1/agents").then()
                .statusCode(200)
                .body("items.id", contains(third))
                .body("nextCursor", nullValue());
    }

    @Test
    void invalidFieldsAreRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();

        in(org.owner(), ws).body(Map.of("name", "   ")).post("/v1/agents").then()
                .statusCode(422).body("code", equalTo("validation.failed")).body("errors[0].field", equalTo("name"));
        in(org.owner(), ws).body(Map.of("name", "x".repeat(101))).post("/v1/agents").then()
                .statusCode(422).body("code", equalTo("validation.failed"));
        in(org.owner(), ws).body(Map.of("name", "A", "tags", List.of("a", "a"))).post("/v1/agents").then()
                .statusCode(422).body("errors[0].field", equalTo("tags[1]"));
        in(org.owner(), ws).body(Map.of("name", "A", "config", Map.of("blob", "x".repeat(70_000))))
                .post("/v1/agents").then()
                .statusCode(422).body("code", equalTo("validation.failed")).body("errors[0].field", equalTo("config"));
        Api.brokenAs(org.owner()).header(ResourceApi.HEADER, ws).contentType("application/json")
                .body(Map.of("name", "A", "config", List.of(1))).post("/v1/agents").then()
                .statusCode(422).body("errors[0].field", equalTo("config"));
        in(org.owner(), ws).get("/v1/agents").then().body("items", hasSize(0));
    }

    @Test
    void tenantFieldsInBodyAreUnknown() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String id = ResourceApi.agent(org.owner(), ws, "Agent");

        for (String field : List.of("workspaceId", "organizationId", "ownerId")) {
            Api.brokenAs(org.owner()).header(ResourceApi.HEADER, ws).contentType("application/json")
                    .body(Map.of("name", "A", field, ws)).post("/v1/agents").then()
                    .statusCode(400).body("code", equalTo("request.unknown_field"));
            Api.brokenAs(org.owner()).header(ResourceApi.HEADER, ws).contentType("application/json")
                    .body(Map.of(field, ws)).patch("/v1/agents/{id}", id).then()
                    .statusCode(400).body("code", equalTo("request.unknown_field"));
        }
        in(org.owner(), ws).get("/v1/agents").then().body("items", hasSize(1));
    }
}
