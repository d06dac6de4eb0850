package com.bolti.tenancy.access;

import static com.bolti.tenancy.test.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    private static List<String> actions(Tenants.Org org, int limit) {
        List<String> actions = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(org.owner()).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/v1/organizations/{org}/audit-events", org.id()).then().statusCode(200).extract();
            actions.addAll(page.path("items.action"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return actions;
    }

    @Test
    void accessChangesAreAuditedNewestFirst() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String memberId = Tenants.join(org, TestUser.fresh("Member"), "MEMBER", Map.of());
        as(org.owner()).body(Map.of("role", "VIEWER", "permissions", Map.of("agents.create", true)))
                .put("/v1/workspaces/{ws}/members/{user}", org.firstWorkspaceId(), memberId).then().statusCode(201);
        as(org.owner()).body(Map.of("role", "BILLING"))
                .patch("/v1/organizations/{org}/members/{user}", org.id(), memberId).then().statusCode(200);
        as(org.owner()).delete("/v1/organizations/{org}/members/{user}", org.id(), memberId).then().statusCode(204);

        assertThat(actions(org, 2)).containsExactly(
                "member.removed",
                "member.role_changed",
                "workspace.member_added",
                "invitation.accepted",
                "invitation.created",
                "workspace.created",
                "organization.created");
    }

    @Test
    void refusedChangeWritesNoEvent() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser member = TestUser.fresh("Member");
        String memberId = Tenants.join(org, member, "MEMBER", Map.of());
        List<String> before = actions(org, 200);

        as(member).body(Map.of("role", "ADMIN"))
                .patch("/v1/organizations/{org}/members/{user}", org.id(), memberId).then().statusCode(403);

        assertThat(actions(org, 200)).isEqualTo(before);
    }

    @Test
    void roleChangeRecordsOldAndNewRole() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String memberId = Tenants.join(org, TestUser.fresh("Member"), "MEMBER", Map.of());

        as(org.owner()).body(Map.of("role", "ADMIN"))
                .patch("/v1/organizations/{org}/members/{user}", org.id(), memberId).then().statusCode(200);

        as(org.owner()).queryParam("limit", 1).get("/v1/organizations/{org}/audit-events", org.id()).then()
                .body("items[0].action", equalTo("member.role_changed"))
                .body("items[0].targetId", equalTo(memberId))
                .body("items[0].actorUserId", equalTo(Tenants.userId(org.owner())))
                .body("items[0].details.from", equalTo("MEMBER"))
                .body("items[0].details.to", equalTo("ADMIN"));
    }
}
