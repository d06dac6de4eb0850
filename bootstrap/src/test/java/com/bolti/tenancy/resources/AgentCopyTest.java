package com.bolti.tenancy.resources;

import static com.bolti.tenancy.resources.ResourceApi.in;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.Api;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgentCopyTest {

    private Tenants.Org org;
    private String staging;
    private String production;

    @BeforeEach
    void setUp() {
        org = Tenants.signUp(TestUser.fresh("Owner"));
        staging = org.firstWorkspaceId();
        production = Tenants.workspace(org, "Production");
    }

    @Test
    void copyLinksNamesakesAndListsRest() {
        String crm = ResourceApi.tool(org.owner(), staging, "CRM lookup");
        String weather = ResourceApi.tool(org.owner(), staging, "Weather");
        String faq = ResourceApi.knowledgeBase(org.owner(), staging, "FAQ");
        String number = ResourceApi.phoneNumber(org.owner(), staging);
        String agent = ResourceApi.agent(org.owner(), staging, "Receptionist", Map.of("tags", List.of("prod"),
                "config", Map.of("voice", "alloy"), "toolIds", List.of(crm, weather), "knowledgeBaseIds", List.of(faq),
                "phoneNumberId", number));
        String productionCrm = ResourceApi.tool(org.owner(), production, "CRM lookup");

        String copy = in(org.owner(), staging).body(Map.of("targetWorkspaceId", production))
                .post("/v1/agents/{id}/copies", agent).then()
                .statusCode(201)
                .body("agent.workspaceId", equalTo(production))
                .body("agent.name", equalTo("Receptionist"))
                .body("agent.tags", contains("prod"))
                .body("agent.config.voice", equalTo("alloy"))
                .body("agent.toolIds", contains(productionCrm))
                .body("agent.knowledgeBaseIds", empty())
                .body("agent.phoneNumberId", nullValue())
                .body("unresolved.name", containsInAnyOrder("Weather", "FAQ"))
                .body("unresolved.find { it.name == 'Weather' }.type", equalTo("TOOL"))
                .body("unresolved.find { it.name == 'FAQ' }.sourceId", equalTo(faq))
                .extract().path("agent.id");

        in(org.owner(), production).get("/v1/agents/{id}", copy).then().statusCode(200);
        in(org.owner(), staging).get("/v1/agents/{id}", agent).then().body("phoneNumberId", equalTo(number));
        in(org.owner(), staging).get("/v1/phone-numbers/{id}", number).then().body("agentId", equalTo(agent));
    }

    @Test
    void copyWithAllNamesResolved() {
        String faq = ResourceApi.knowledgeBase(org.owner(), staging, "FAQ");
        String agent = ResourceApi.agent(org.owner(), staging, "Agent", Map.of("knowledgeBaseIds", List.of(faq)));
        String productionFaq = ResourceApi.knowledgeBase(org.owner(), production, "FAQ");

        in(org.owner(), staging).body(Map.of("targetWorkspaceId", production))
                .post("/v1/agents/{id}/copies", agent).then()
                .statusCode(201)
                .body("agent.knowledgeBaseIds", contains(productionFaq))
                .body("unresolved", empty());
    }

    @Test
    void otherOrganizationTargetIsNotFound() {
        String otherOrganization = Api.as(org.owner()).body(Map.of("name", "Second company"))
                .post("/v1/organizations").then().statusCode(201).extract().path("id");
        String otherWorkspace = Api.as(org.owner()).get("/v1/organizations/{orgId}/workspaces", otherOrganization)
                .then().statusCode(200).extract().path("items[0].id");
        String agent = ResourceApi.agent(org.owner(), staging, "Agent");

        in(org.owner(), staging).body(Map.of("targetWorkspaceId", otherWorkspace))
                .post("/v1/agents/{id}/copies", agent).then()
                .statusCode(404).body("code", equalTo("workspace.not_found"));

        in(org.owner(), otherWorkspace).get("/v1/agents").then().body("items", hasSize(0));
    }

    @Test
    void targetNeedsCreateCapability() {
        TestUser editor = TestUser.fresh("Editor");
        Tenants.join(org, editor, "MEMBER", Map.of(staging, "EDITOR", production, "VIEWER"));
        TestUser outsider = TestUser.fresh("Outsider");
        Tenants.join(org, outsider, "MEMBER", Map.of(staging, "EDITOR"));
        String agent = ResourceApi.agent(org.owner(), staging, "Agent");

        in(editor, staging).body(Map.of("targetWorkspaceId", production))
                .post("/v1/agents/{id}/copies", agent).then()
                .statusCode(403).body("code", equalTo("access.denied"));
        in(outsider, staging).body(Map.of("targetWorkspaceId", production))
                .post("/v1/agents/{id}/copies", agent).then()
                .statusCode(404).body("code", equalTo("workspace.not_found"));

        in(org.owner(), production).get("/v1/agents").then().body("items", hasSize(0));
    }

    @Test
    void agentOfOtherWorkspaceIsNotCopied() {
        String agent = ResourceApi.agent(org.owner(), production, "Production agent");

        in(org.owner(), staging).body(Map.of("targetWorkspaceId", staging))
                .post("/v1/agents/{id}/copies", agent).then()
                .statusCode(404).body("code", equalTo("agent.not_found"));

        in(org.owner(), staging).get("/v1/agents").then().body("items", hasSize(0));
    }
}
