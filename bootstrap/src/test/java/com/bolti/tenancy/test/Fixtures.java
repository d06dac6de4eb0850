package com.bolti.tenancy.test;

import static com.bolti.tenancy.test.Api.as;

import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Small builders for the users, organizations and workspaces a test starts from. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Ids of what one signup created. */
    public record SignedUp(String userId, String organizationId, String workspaceId) {
    }

    /** Signs {@code user} up with the default names. */
    public static SignedUp signUp(TestUser user) {
        Response response = as(user).body("{}").post("/v1/signup");
        response.then().statusCode(201);
        return new SignedUp(response.path("user.id"), response.path("organization.id"),
                response.path("workspace.id"));
    }

    /** Returns the service's id of {@code user}, provisioning the user on first use. */
    public static String userId(TestUser user) {
        return as(user).get("/v1/me").then().statusCode(200).extract().path("user.id");
    }

    /** Creates an organization owned by {@code owner} with a derived slug and returns its id. */
    public static String createOrganization(TestUser owner, String name) {
        return as(owner).body(Map.of("name", name)).post("/v1/organizations")
                .then().statusCode(201).extract().path("id");
    }

    /** Creates a workspace with a derived slug and returns its id. */
    public static String createWorkspace(TestUser admin, String organizationId, String name) {
        return as(admin).body(Map.of("name", name))
                .post("/v1/organizations/{orgId}/workspaces", organizationId)
                .then().statusCode(201).extract().path("id");
    }

    /** Returns {@code prefix} with a random suffix, a slug no other test uses. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
