package com.bolti.tenancy.test;

import static com.bolti.tenancy.test.Api.as;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** Small builders for organizations, workspaces and members, all made through the public API. */
public final class Tenants {

    private Tenants() {
    }

    /** An organization created by {@code owner}, with its first workspace. */
    public record Org(String id, String slug, String firstWorkspaceId, TestUser owner) {
    }

    /** Signs {@code owner} up and returns their new organization. */
    public static Org signUp(TestUser owner) {
        Response response = as(owner).body("{}").post("/v1/signup");
        response.then().statusCode(201);
        return new Org(response.path("organization.id"), response.path("organization.slug"),
                response.path("workspace.id"), owner);
    }

    /** Creates another workspace in {@code org} as its owner and returns its id. */
    public static String workspace(Org org, String name) {
        return as(org.owner()).body(Map.of("name", name))
                .post("/v1/organizations/{orgId}/workspaces", org.id())
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Invites {@code user} with an organization role and workspace roles, and accepts as them. */
    public static String join(Org org, TestUser user, String role, Map<String, String> workspaceRoles) {
        List<Map<String, String>> workspaces = workspaceRoles.entrySet().stream()
                .map(entry -> Map.of("workspaceId", entry.getKey(), "role", entry.getValue()))
                .toList();
        String token = as(org.owner())
                .body(Map.of("email", user.email(), "role", role, "workspaces", workspaces))
                .post("/v1/organizations/{orgId}/invitations", org.id())
                .then().statusCode(201)
                .extract().path("token");
        return as(user).body(Map.of("token", token))
                .post("/v1/invitations/accept")
                .then().statusCode(200)
                .extract().path("userId");
    }

    /** Returns the service's user id of {@code user}, provisioning them if needed. */
    public static String userId(TestUser user) {
        return as(user).get("/v1/me").then().statusCode(200).extract().path("user.id");
    }

    /** Deletes a workspace row directly, letting the database cascade, for tests that need one gone. */
    public static void deleteWorkspaceRow(String workspaceId) {
        Rows.execute("DELETE FROM workspaces WHERE id = ?::uuid", workspaceId);
    }
}
