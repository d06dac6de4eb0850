package com.bolti.tenancy.resources;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Rows.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deleting a workspace removes what it contains and releases its numbers through the outbox. */
@QuarkusTest
class WorkspaceDeletionContentsTest {

    private static final String RELEASED = """
            SELECT count(*) FROM outbox_messages
            WHERE topic = 'phone_number.released' AND workspace_id = ?::uuid AND payload->>'e164' = ?""";

    @Test
    void previewCountsWhatDeletionRemoves() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        String tool = ResourceApi.tool(org.owner(), staging, "CRM lookup");
        ResourceApi.agent(org.owner(), staging, "Receptionist", Map.of("toolIds", List.of(tool)));
        ResourceApi.knowledgeBase(org.owner(), staging, "FAQ");
        ResourceApi.contact(org.owner(), staging);
        ResourceApi.callLog(staging, Map.of());
        String number = ResourceApi.in(org.owner(), staging).get("/v1/phone-numbers/{id}",
                ResourceApi.phoneNumber(org.owner(), staging)).then().extract().path("e164");

        as(org.owner()).get("/v1/workspaces/{ws}/deletion-preview", staging).then()
                .statusCode(200)
                .body("counts.agents", equalTo(1))
                .body("counts.tools", equalTo(1))
                .body("counts.knowledgeBases", equalTo(1))
                .body("counts.contacts", equalTo(1))
                .body("counts.callLogs", equalTo(1))
                .body("phoneNumbers", equalTo(List.of(number)))
                .body("blockers", equalTo(List.of()));
    }

    @Test
    void deletionReleasesNumbersThroughOutbox() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        String slug = as(org.owner()).get("/v1/workspaces/{ws}", staging).then().extract().path("slug");
        String numberId = ResourceApi.phoneNumber(org.owner(), staging);
        String number = ResourceApi.in(org.owner(), staging).get("/v1/phone-numbers/{id}", numberId)
                .then().extract().path("e164");
        ResourceApi.agent(org.owner(), staging, "Receptionist", Map.of("phoneNumberId", numberId));
        ResourceApi.callLog(staging, Map.of("phoneNumberId", numberId));

        as(org.owner()).queryParam("confirm", slug).delete("/v1/workspaces/{ws}", staging).then().statusCode(204);

        assertThat(number(RELEASED, staging, number)).isEqualTo(1);
        assertThat(number("SELECT count(*) FROM agents WHERE workspace_id = ?::uuid", staging)).isZero();
        assertThat(number("SELECT count(*) FROM call_logs WHERE workspace_id = ?::uuid", staging)).isZero();
        assertThat(number("SELECT count(*) FROM phone_numbers WHERE workspace_id = ?::uuid", staging)).isZero();
        ResourceApi.in(org.owner(), org.firstWorkspaceId()).body(Map.of("e164", number))
                .post("/v1/phone-numbers").then().statusCode(201);
    }

    @Test
    void organizationDeletionKeepsOutboxMessages() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String numberId = ResourceApi.phoneNumber(org.owner(), org.firstWorkspaceId());
        String number = ResourceApi.in(org.owner(), org.firstWorkspaceId()).get("/v1/phone-numbers/{id}", numberId)
                .then().extract().path("e164");

        as(org.owner()).queryParam("confirm", org.slug()).delete("/v1/organizations/{org}", org.id()).then()
                .statusCode(204);

        assertThat(number(RELEASED, org.firstWorkspaceId(), number)).isEqualTo(1);
        assertThat(number("SELECT count(*) FROM organizations WHERE id = ?::uuid", org.id())).isZero();
    }
}
