package com.bolti.tenancy.resources;

import static com.bolti.tenancy.resources.ResourceApi.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every id route, called with the id of a resource in another workspace, by every kind of
 * caller: the call fails with the expected status and code, and the resource is unchanged.
 */
@QuarkusTest
class CrossWorkspaceAccessTest {

    private static final Set<String> READS = Set.of("agents.read", "tools.read", "knowledge_bases.read",
            "contacts.read", "phone_numbers.read", "conversations.read");
    private static final Set<String> EDITOR = union(READS, Set.of("agents.update", "tools.update",
            "knowledge_bases.update", "contacts.update", "phone_numbers.assign"));
    private static final Set<String> ALL = union(EDITOR, Set.of("agents.delete", "tools.delete",
            "knowledge_bases.delete", "contacts.delete", "phone_numbers.release"));

    /** One route: the family, its path with {id}, the body of a valid call, and the capability it needs. */
    private record Route(String family, String method, String path, Map<String, Object> body, String capability) {
    }

    /**
     * One caller acting with {@code header} as the active workspace. {@code capabilities} is
     * null when the caller may not see that workspace at all.
     */
    private record Actor(String role, TestUser user, String header, Set<String> capabilities) {
    }

    /** Where a foreign resource lives and who can read it back. */
    private record Target(String id, TestUser owner, String workspaceId, String readPath) {
    }

    @Test
    void sameOrganizationIdsAreIsolated() {
        World world = World.build();
        List<Actor> actors = new ArrayList<>(world.actors());
        actors.add(new Actor("owner of another organization in their own workspace", world.stranger.owner(),
                world.stranger.firstWorkspaceId(), ALL));
        checkAll(world, actors, world.siblingTargets());
    }

    @Test
    void otherOrganizationIdsAreIsolated() {
        World world = World.build();
        checkAll(world, world.actors(), world.strangerTargets());
    }

    private static void checkAll(World world, List<Actor> actors, Map<String, Target> targets) {
        List<Route> routes = routes(world.home);
        for (Actor actor : actors) {
            for (Route route : routes) {
                Target target = targets.get(route.family());
                String before = snapshot(target);

                Response response = call(actor, route, target.id());

                String label = actor.role() + " " + route.method() + " " + route.path();
                int expectedStatus = expectedStatus(actor, route);
                assertThat(response.statusCode()).as(label).isEqualTo(expectedStatus);
                assertThat(response.jsonPath().getString("code")).as(label).isEqualTo(expectedCode(actor, route));
                assertThat(snapshot(target)).as(label + " changed the target").isEqualTo(before);
            }
        }
        for (String family : List.of("agents", "tools", "knowledge-bases", "contacts", "phone-numbers", "call-logs")) {
            in(world.owner, world.home).get("/v1/" + family).then().statusCode(200).body("items", hasSize(0));
        }
    }

    private static int expectedStatus(Actor actor, Route route) {
        if (actor.capabilities() == null) {
            return 404;
        }
        return actor.capabilities().contains(route.capability()) ? 404 : 403;
    }

    private static String expectedCode(Actor actor, Route route) {
        if (actor.capabilities() == null) {
            return "workspace.not_found";
        }
        if (!actor.capabilities().contains(route.capability())) {
            return "access.denied";
        }
        return notFoundCode(route.family());
    }

    private static String notFoundCode(String family) {
        return switch (family) {
            case "agents" -> "agent.not_found";
            case "tools" -> "tool.not_found";
            case "knowledge-bases" -> "knowledge_base.not_found";
            case "contacts" -> "contact.not_found";
            case "phone-numbers" -> "phone_number.not_found";
            default -> "call_log.not_found";
        };
    }

    private static Response call(Actor actor, Route route, String id) {
        var request = in(actor.user(), actor.header());
        if (route.body() != null) {
            request = request.body(route.body());
        }
        return request.request(route.method(), route.path(), id);
    }

    private static String snapshot(Target target) {
        return in(target.owner(), target.workspaceId()).get(target.readPath(), target.id()).then()
                .statusCode(200).extract().asString();
    }

    private static List<Route> routes(String home) {
        Map<String, Object> unassign = new HashMap<>();
        unassign.put("agentId", null);
        Map<String, Object> rename = Map.of("name", "Taken over");
        return List.of(
                new Route("agents", "GET", "/v1/agents/{id}", null, "agents.read"),
                new Route("agents", "PATCH", "/v1/agents/{id}", rename, "agents.update"),
                new Route("agents", "DELETE", "/v1/agents/{id}", null, "agents.delete"),
                new Route("agents", "POST", "/v1/agents/{id}/copies", Map.of("targetWorkspaceId", home),
                        "agents.read"),
                new Route("tools", "GET", "/v1/tools/{id}", null, "tools.read"),
                new Route("tools", "PATCH", "/v1/tools/{id}", rename, "tools.update"),
                new Route("tools", "DELETE", "/v1/tools/{id}", null, "tools.delete"),
                new Route("knowledge-bases", "GET", "/v1/knowledge-bases/{id}", null, "knowledge_bases.read"),
                new Route("knowledge-bases", "PATCH", "/v1/knowledge-bases/{id}", rename, "knowledge_bases.update"),
                new Route("knowledge-bases", "DELETE", "/v1/knowledge-bases/{id}", null, "knowledge_bases.delete"),
                new Route("contacts", "GET", "/v1/contacts/{id}", null, "contacts.read"),
                new Route("contacts", "PATCH", "/v1/contacts/{id}", rename, "contacts.update"),
                new Route("contacts", "DELETE", "/v1/contacts/{id}", null, "contacts.delete"),
                new Route("phone-numbers", "GET", "/v1/phone-numbers/{id}", null, "phone_numbers.read"),
                new Route("phone-numbers", "PATCH", "/v1/phone-numbers/{id}", unassign, "phone_numbers.assign"),
                new Route("phone-numbers", "DELETE", "/v1/phone-numbers/{id}", null, "phone_numbers.release"),
                new Route("call-logs", "GET", "/v1/call-logs/{id}", null, "conversations.read"));
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> result = new HashSet<>(first);
        result.addAll(second);
        return Set.copyOf(result);
    }

    /**
     * Organization one with an empty home workspace and a full sibling workspace; organization
     * two with a full workspace of its own.
     */
    private static final class World {

        TestUser owner;
        String home;
        String sibling;
        Tenants.Org org;
        Tenants.Org stranger;
        TestUser admin;
        TestUser editor;
        TestUser viewer;
        TestUser organizationAdmin;
        Map<String, String> siblingIds;
        Map<String, String> strangerIds;

        static World build() {
            World world = new World();
            world.org = Tenants.signUp(TestUser.fresh("Owner"));
            world.owner = world.org.owner();
            world.home = world.org.firstWorkspaceId();
            world.sibling = Tenants.workspace(world.org, "Sibling");
            world.stranger = Tenants.signUp(TestUser.fresh("Stranger"));
            world.admin = TestUser.fresh("Admin");
            Tenants.join(world.org, world.admin, "MEMBER", Map.of(world.home, "ADMIN", world.sibling, "ADMIN"));
            world.editor = TestUser.fresh("Editor");
            Tenants.join(world.org, world.editor, "MEMBER", Map.of(world.home, "EDITOR"));
            world.viewer = TestUser.fresh("Viewer");
            Tenants.join(world.org, world.viewer, "MEMBER", Map.of(world.home, "VIEWER"));
            world.organizationAdmin = TestUser.fresh("OrgAdmin");
            Tenants.join(world.org, world.organizationAdmin, "ADMIN", Map.of());
            world.siblingIds = fill(world.owner, world.sibling);
            world.strangerIds = fill(world.stranger.owner(), world.stranger.firstWorkspaceId());
            return world;
        }

        List<Actor> actors() {
            return List.of(
                    new Actor("workspace ADMIN", admin, home, ALL),
                    new Actor("workspace EDITOR", editor, home, EDITOR),
                    new Actor("workspace VIEWER", viewer, home, READS),
                    new Actor("organization ADMIN without membership", organizationAdmin, home, null),
                    new Actor("user of another organization", stranger.owner(), home, null));
        }

        Map<String, Target> siblingTargets() {
            return targets(siblingIds, owner, sibling);
        }

        Map<String, Target> strangerTargets() {
            return targets(strangerIds, stranger.owner(), stranger.firstWorkspaceId());
        }

        private static Map<String, Target> targets(Map<String, String> ids, TestUser owner, String workspaceId) {
            Map<String, Target> result = new LinkedHashMap<>();
            ids.forEach((family, id) -> result.put(family, new Target(id, owner, workspaceId,
                    "/v1/" + family + "/{id}")));
            return result;
        }

        /** Creates one resource of each family in the workspace, the agent linked to the others. */
        private static Map<String, String> fill(TestUser owner, String workspaceId) {
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("tools", ResourceApi.tool(owner, workspaceId, "Tool"));
            ids.put("knowledge-bases", ResourceApi.knowledgeBase(owner, workspaceId, "FAQ"));
            ids.put("contacts", ResourceApi.contact(owner, workspaceId));
            ids.put("phone-numbers", ResourceApi.phoneNumber(owner, workspaceId));
            ids.put("agents", ResourceApi.agent(owner, workspaceId, "Agent", Map.of(
                    "toolIds", List.of(ids.get("tools")), "knowledgeBaseIds", List.of(ids.get("knowledge-bases")),
                    "phoneNumberId", ids.get("phone-numbers"))));
            ids.put("call-logs", ResourceApi.callLog(workspaceId, Map.of("agentId", ids.get("agents"))));
            return ids;
        }
    }
}
