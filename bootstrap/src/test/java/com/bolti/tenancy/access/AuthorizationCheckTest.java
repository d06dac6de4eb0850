package com.bolti.tenancy.access;

import static com.bolti.tenancy.test.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.bolti.tenancy.test.Contract;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import com.bolti.tenancy.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorizationCheckTest {

    private static RequestSpecification service() {
        return given().filter(Contract.strict())
                .auth().oauth2(Tokens.withScope(TestUser.fresh("Runtime"), "calls:write authz:check"))
                .contentType("application/json");
    }

    private static Map<String, String> check(String userId, String workspaceId, String capability) {
        return Map.of("userId", userId, "workspaceId", workspaceId, "capability", capability);
    }

    @Test
    void ownerHoldsEveryCapability() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));

        service().body(check(Tenants.userId(org.owner()), org.firstWorkspaceId(), "members.manage"))
                .post("/v1/authz/check").then()
                .statusCode(200).body("allowed", equalTo(true));
    }

    @Test
    void organizationAdminHoldsNothingInWorkspace() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String adminId = Tenants.join(org, TestUser.fresh("Admin"), "ADMIN", Map.of());

        service().body(check(adminId, org.firstWorkspaceId(), "agents.read"))
                .post("/v1/authz/check").then()
                .statusCode(200).body("allowed", equalTo(false));
    }

    @Test
    void overrideChangeAppliesToNextCheck() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String viewerId = Tenants.join(org, TestUser.fresh("Viewer"), "MEMBER", Map.of(org.firstWorkspaceId(), "VIEWER"));
        service().body(check(viewerId, org.firstWorkspaceId(), "agents.create"))
                .post("/v1/authz/check").then().body("allowed", equalTo(false));

        as(org.owner()).body(Map.of("role", "VIEWER", "permissions", Map.of("agents.create", true, "agents.read", false)))
                .put("/v1/workspaces/{ws}/members/{user}", org.firstWorkspaceId(), viewerId).then().statusCode(200);

        service().body(check(viewerId, org.firstWorkspaceId(), "agents.create"))
                .post("/v1/authz/check").then().body("allowed", equalTo(true));
        service().body(check(viewerId, org.firstWorkspaceId(), "agents.read"))
                .post("/v1/authz/check").then().body("allowed", equalTo(false));
    }

    @Test
    void unknownUserAndWorkspaceAreDenied() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ownerId = Tenants.userId(org.owner());
        String nobody = UUID.randomUUID().toString();

        service().body(Map.of("checks", List.of(
                        check(nobody, org.firstWorkspaceId(), "agents.read"),
                        check(ownerId, nobody, "agents.read"),
                        check(ownerId, org.firstWorkspaceId(), "agents.read"))))
                .post("/v1/authz/check-batch").then()
                .statusCode(200)
                .body("results.allowed", equalTo(List.of(false, false, true)));
    }

    @Test
    void otherOrganizationMemberIsDenied() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        Tenants.Org other = Tenants.signUp(TestUser.fresh("Stranger"));

        service().body(check(Tenants.userId(other.owner()), org.firstWorkspaceId(), "agents.read"))
                .post("/v1/authz/check").then()
                .statusCode(200).body("allowed", equalTo(false));
    }

    @Test
    void unknownCapabilityIsUnprocessable() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));

        service().body(check(Tenants.userId(org.owner()), org.firstWorkspaceId(), "agents.launch"))
                .post("/v1/authz/check").then()
                .statusCode(422).body("code", equalTo("permission.unknown"));
    }

    @Test
    void batchAboveLimitIsUnprocessable() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        List<Map<String, String>> checks = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            checks.add(check(Tenants.userId(org.owner()), org.firstWorkspaceId(), "agents.read"));
        }

        given().filter(Contract.responsesOnly())
                .auth().oauth2(Tokens.withScope(TestUser.fresh("Runtime"), "authz:check"))
                .contentType("application/json")
                .body(Map.of("checks", checks))
                .post("/v1/authz/check-batch").then()
                .statusCode(422).body("code", equalTo("validation.failed"));
    }

    @Test
    void userTokenWithoutScopeIsForbidden() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));

        as(org.owner()).body(check(Tenants.userId(org.owner()), org.firstWorkspaceId(), "agents.read"))
                .post("/v1/authz/check").then()
                .statusCode(403).body("code", equalTo("access.denied"));
    }
}
