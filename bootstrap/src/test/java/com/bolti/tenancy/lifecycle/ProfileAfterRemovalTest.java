package com.bolti.tenancy.lifecycle;

import static com.bolti.tenancy.test.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /v1/me after removals: the default workspace moves on, and nothing gone is listed. */
@QuarkusTest
class ProfileAfterRemovalTest {

    @Test
    void workspaceRemovalMovesDefaultWorkspace() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        TestUser viewer = TestUser.fresh("Viewer");
        String viewerId = Tenants.join(org, viewer, "MEMBER", Map.of(org.firstWorkspaceId(), "VIEWER", staging, "VIEWER"));

        as(org.owner()).delete("/v1/workspaces/{wsId}/members/{userId}", org.firstWorkspaceId(), viewerId).then()
                .statusCode(204);

        as(viewer).get("/v1/me").then()
                .body("organizations[0].defaultWorkspaceId", equalTo(staging))
                .body("organizations[0].workspaces.workspace.id", contains(staging));
    }

    @Test
    void leavingOrganizationDropsItFromProfile() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        Tenants.Org own = Tenants.signUp(TestUser.fresh("Member"));
        String memberId = Tenants.join(org, own.owner(), "ADMIN", Map.of(org.firstWorkspaceId(), "EDITOR"));

        as(own.owner()).delete("/v1/organizations/{orgId}/members/{userId}", org.id(), memberId).then()
                .statusCode(204);

        as(own.owner()).get("/v1/me").then()
                .body("organizations.organization.id", contains(own.id()))
                .body("organizations[0].defaultWorkspaceId", equalTo(own.firstWorkspaceId()));
        as(own.owner()).get("/v1/workspaces/{wsId}", org.firstWorkspaceId()).then().statusCode(404);
    }

    @Test
    void transferKeepsFormerOwnersWorkspaces() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        TestUser heir = TestUser.fresh("Heir");
        String heirId = Tenants.join(org, heir, "MEMBER", Map.of());
        as(org.owner()).delete("/v1/workspaces/{wsId}/members/{userId}", org.firstWorkspaceId(),
                Tenants.userId(org.owner())).then().statusCode(204);

        as(org.owner()).body(Map.of("userId", heirId))
                .post("/v1/organizations/{orgId}/ownership-transfer", org.id()).then().statusCode(200);

        as(org.owner()).get("/v1/me").then()
                .body("organizations[0].role", equalTo("ADMIN"))
                .body("organizations[0].defaultWorkspaceId", equalTo(staging))
                .body("organizations[0].workspaces.workspace.id", contains(staging));
        as(heir).get("/v1/me").then()
                .body("organizations[0].defaultWorkspaceId", equalTo(org.firstWorkspaceId()))
                .body("organizations[0].workspaces.workspace.id", contains(org.firstWorkspaceId(), staging));
        as(TestUser.fresh("Nobody")).get("/v1/me").then().body("organizations", empty());
    }
}
