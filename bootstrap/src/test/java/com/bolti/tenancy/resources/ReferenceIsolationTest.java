package com.bolti.tenancy.resources;

import static com.bolti.tenancy.resources.ResourceApi.in;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ids in bodies must name resources of the active workspace; one foreign id rejects the whole call. */
@QuarkusTest
class ReferenceIsolationTest {

    private Tenants.Org org;
    private String home;
    private String sibling;
    private Tenants.Org stranger;

    @BeforeEach
    void setUp() {
        org = Tenants.signUp(TestUser.fresh("Owner"));
        home = org.firstWorkspaceId();
        sibling = Tenants.workspace(org, "Sibling");
        stranger = Tenants.signUp(TestUser.fresh("Stranger"));
    }

    @Test
    void siblingToolInListIsRejected() {
        String own = ResourceApi.tool(org.owner(), home, "Own");
        String foreign = ResourceApi.tool(org.owner(), sibling, "Foreign");

        in(org.owner(), home).body(Map.of("name", "Agent", "toolIds", List.of(own, foreign))).post("/v1/agents").then()
                .statusCode(422)
                .body("code", equalTo("reference.other_workspace"))
                .body("errors[0].field", equalTo("toolIds[1]"));

        in(org.owner(), home).get("/v1/agents").then().body("items", hasSize(0));
    }

    @Test
    void otherOrganizationIdIsNotFound() {
        String own = ResourceApi.knowledgeBase(org.owner(), home, "Own");
        String foreign = ResourceApi.knowledgeBase(stranger.owner(), stranger.firstWorkspaceId(), "Foreign");

        in(org.owner(), home).body(Map.of("name", "Agent", "knowledgeBaseIds", List.of(own, foreign)))
                .post("/v1/agents").then()
                .statusCode(422)
                .body("code", equalTo("reference.not_found"))
                .body("errors[0].field", equalTo("knowledgeBaseIds[1]"));
        in(org.owner(), home).body(Map.of("name", "Agent", "toolIds", List.of(UUID.randomUUID().toString())))
                .post("/v1/agents").then()
                .statusCode(422)
                .body("code", equalTo("reference.not_found"));

        in(org.owner(), home).get("/v1/agents").then().body("items", hasSize(0));
    }

    @Test
    void updateWithForeignIdChangesNothing() {
        String own = ResourceApi.tool(org.owner(), home, "Own");
        String ownKnowledge = ResourceApi.knowledgeBase(org.owner(), home, "Own");
        String foreignKnowledge = ResourceApi.knowledgeBase(org.owner(), sibling, "Foreign");
        String agent = ResourceApi.agent(org.owner(), home, "Agent", Map.of("toolIds", List.of(own)));

        in(org.owner(), home)
                .body(Map.of("name", "Renamed", "toolIds", List.of(), "knowledgeBaseIds",
                        List.of(ownKnowledge, foreignKnowledge)))
                .patch("/v1/agents/{id}", agent).then()
                .statusCode(422)
                .body("code", equalTo("reference.other_workspace"))
                .body("errors[0].field", equalTo("knowledgeBaseIds[1]"));

        in(org.owner(), home).get("/v1/agents/{id}", agent).then()
                .body("name", equalTo("Agent"))
                .body("toolIds", contains(own))
                .body("knowledgeBaseIds", hasSize(0));
    }

    @Test
    void foreignPhoneNumberIsRejected() {
        String foreign = ResourceApi.phoneNumber(org.owner(), sibling);
        String agent = ResourceApi.agent(org.owner(), home, "Agent");

        in(org.owner(), home).body(Map.of("name", "Agent", "phoneNumberId", foreign)).post("/v1/agents").then()
                .statusCode(422)
                .body("code", equalTo("reference.other_workspace"))
                .body("errors[0].field", equalTo("phoneNumberId"));
        in(org.owner(), home).body(Map.of("phoneNumberId", foreign)).patch("/v1/agents/{id}", agent).then()
                .statusCode(422)
                .body("code", equalTo("reference.other_workspace"));

        in(org.owner(), sibling).get("/v1/phone-numbers/{id}", foreign).then().body("agentId", nullValue());
        in(org.owner(), home).get("/v1/agents").then().body("items", hasSize(1));
    }

    @Test
    void foreignAgentCannotTakeNumber() {
        String number = ResourceApi.phoneNumber(org.owner(), home);
        String siblingAgent = ResourceApi.agent(org.owner(), sibling, "Sibling agent");
        String strangerAgent = ResourceApi.agent(stranger.owner(), stranger.firstWorkspaceId(), "Stranger agent");

        in(org.owner(), home).body(Map.of("agentId", siblingAgent)).patch("/v1/phone-numbers/{id}", number).then()
                .statusCode(422)
                .body("code", equalTo("reference.other_workspace"))
                .body("errors[0].field", equalTo("agentId"));
        in(org.owner(), home).body(Map.of("agentId", strangerAgent)).patch("/v1/phone-numbers/{id}", number).then()
                .statusCode(422)
                .body("code", equalTo("reference.not_found"));
        in(org.owner(), home).body(Map.of("e164", ResourceApi.freshE164(), "agentId", siblingAgent))
                .post("/v1/phone-numbers").then()
                .statusCode(422)
                .body("code", equalTo("reference.other_workspace"));

        in(org.owner(), home).get("/v1/phone-numbers/{id}", number).then().body("agentId", nullValue());
        in(org.owner(), home).get("/v1/phone-numbers").then().body("items", hasSize(1));
        in(org.owner(), sibling).get("/v1/agents/{id}", siblingAgent).then().body("phoneNumberId", nullValue());
    }
}
