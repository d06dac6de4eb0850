package com.bolti.tenancy.resources;

import static com.bolti.tenancy.resources.ResourceApi.in;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.bolti.tenancy.test.Api;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkspaceHeaderTest {

    private static final List<String> LISTS = List.of("/v1/agents", "/v1/tools", "/v1/knowledge-bases",
            "/v1/contacts", "/v1/phone-numbers", "/v1/call-logs");

    @Test
    void missingHeaderIsBadRequest() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));

        for (String path : LISTS) {
            Api.brokenAs(org.owner()).get(path).then()
                    .statusCode(400).body("code", equalTo("workspace.header_missing"));
        }
        Api.brokenAs(org.owner()).contentType("application/json").body(Map.of("name", "Agent"))
                .post("/v1/agents").then()
                .statusCode(400).body("code", equalTo("workspace.header_missing"));

        in(org.owner(), org.firstWorkspaceId()).get("/v1/agents").then().body("items", hasSize(0));
    }

    @Test
    void malformedHeaderIsInvalid() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();

        for (String value : List.of("", "not-a-uuid", ws + "," + ws, ws + "x")) {
            for (String path : LISTS) {
                Api.brokenAs(org.owner()).header(ResourceApi.HEADER, value).get(path).then()
                        .statusCode(400).body("code", equalTo("workspace.header_invalid"));
            }
        }
    }

    @Test
    void repeatedHeaderIsInvalid() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        Headers twice = new Headers(new Header(ResourceApi.HEADER, ws), new Header(ResourceApi.HEADER, ws));

        for (String path : LISTS) {
            Api.brokenAs(org.owner()).headers(twice).get(path).then()
                    .statusCode(400).body("code", equalTo("workspace.header_invalid"));
        }
        Api.brokenAs(org.owner()).headers(twice).contentType("application/json").body(Map.of("name", "Agent"))
                .post("/v1/agents").then()
                .statusCode(400).body("code", equalTo("workspace.header_invalid"));

        in(org.owner(), ws).get("/v1/agents").then().body("items", hasSize(0));
    }

    @Test
    void unknownWorkspaceIsNotFound() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));

        for (String path : LISTS) {
            in(org.owner(), UUID.randomUUID().toString()).get(path).then()
                    .statusCode(404).body("code", equalTo("workspace.not_found"));
        }
    }

    @Test
    void organizationAdminWithoutMembershipIsNotFound() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser admin = TestUser.fresh("Admin");
        Tenants.join(org, admin, "ADMIN", Map.of());
        String ws = org.firstWorkspaceId();

        for (String path : LISTS) {
            in(admin, ws).get(path).then()
                    .statusCode(404).body("code", equalTo("workspace.not_found"));
        }
        in(admin, ws).body(Map.of("name", "Agent")).post("/v1/agents").then()
                .statusCode(404).body("code", equalTo("workspace.not_found"));

        in(org.owner(), ws).get("/v1/agents").then().body("items", hasSize(0));
    }

    @Test
    void otherOrganizationUserIsNotFound() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        Tenants.Org stranger = Tenants.signUp(TestUser.fresh("Stranger"));

        for (String path : LISTS) {
            in(stranger.owner(), org.firstWorkspaceId()).get(path).then()
                    .statusCode(404).body("code", equalTo("workspace.not_found"));
        }
    }

    @Test
    void missingCapabilityIsForbidden() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        TestUser viewer = TestUser.fresh("Viewer");
        String viewerId = Tenants.join(org, viewer, "MEMBER", Map.of());
        Api.as(org.owner()).body(Map.of("role", "VIEWER", "permissions", Map.of("agents.read", false)))
                .put("/v1/workspaces/{wsId}/members/{userId}", ws, viewerId).then().statusCode(201);

        in(viewer, ws).get("/v1/agents").then()
                .statusCode(403).body("code", equalTo("access.denied"));
        in(viewer, ws).body(Map.of("name", "Agent")).post("/v1/agents").then()
                .statusCode(403).body("code", equalTo("access.denied"));
        in(viewer, ws).get("/v1/tools").then().statusCode(200);

        in(org.owner(), ws).get("/v1/agents").then().body("items", hasSize(0));
    }
}
