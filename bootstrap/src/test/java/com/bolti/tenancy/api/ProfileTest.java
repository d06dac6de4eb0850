package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.bolti.tenancy.test.Fixtures;
import com.bolti.tenancy.test.Fixtures.SignedUp;
import com.bolti.tenancy.test.Memberships;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileTest {

    @Test
    void newUserHasNoOrganizations() {
        TestUser ivan = TestUser.fresh("Ivan");

        as(ivan).get("/v1/me").then().statusCode(200)
                .body("user.email", equalTo(ivan.email()))
                .body("user.name", equalTo("Ivan"))
                .body("organizations", hasSize(0));
    }

    @Test
    void ownerHoldsEveryCapability() {
        TestUser judy = TestUser.fresh("Judy");
        SignedUp signup = Fixtures.signUp(judy);

        as(judy).get("/v1/me").then().statusCode(200)
                .body("organizations[0].role", equalTo("OWNER"))
                .body("organizations[0].defaultWorkspaceId", equalTo(signup.workspaceId()))
                .body("organizations[0].workspaces", hasSize(1))
                .body("organizations[0].workspaces[0].workspace.id", equalTo(signup.workspaceId()))
                .body("organizations[0].workspaces[0].capabilities", hasSize(23));
    }

    @Test
    void memberWithoutWorkspaceHasNoDefault() {
        SignedUp owner = Fixtures.signUp(TestUser.fresh("Owner"));
        TestUser mallory = TestUser.fresh("Mallory");
        Memberships.addToOrganization(owner.organizationId(), Fixtures.userId(mallory), "MEMBER");

        as(mallory).get("/v1/me").then().statusCode(200)
                .body("organizations", hasSize(1))
                .body("organizations[0].organization.id", equalTo(owner.organizationId()))
                .body("organizations[0].role", equalTo("MEMBER"))
                .body("organizations[0].defaultWorkspaceId", equalTo(null))
                .body("organizations[0].workspaces", hasSize(0));
    }

    @Test
    void viewerSeesReadCapabilitiesOnly() {
        SignedUp owner = Fixtures.signUp(TestUser.fresh("Owner"));
        TestUser victor = TestUser.fresh("Victor");
        String victorId = Fixtures.userId(victor);
        Memberships.addToOrganization(owner.organizationId(), victorId, "MEMBER");
        Memberships.addToWorkspace(owner.organizationId(), owner.workspaceId(), victorId, "VIEWER");

        as(victor).get("/v1/me").then().statusCode(200)
                .body("organizations[0].defaultWorkspaceId", equalTo(owner.workspaceId()))
                .body("organizations[0].workspaces[0].role", equalTo("VIEWER"))
                .body("organizations[0].workspaces[0].capabilities", containsInAnyOrder(
                        "agents.read", "tools.read", "knowledge_bases.read", "contacts.read",
                        "phone_numbers.read", "conversations.read"));
    }
}
