package com.bolti.tenancy.access;

import static com.bolti.tenancy.test.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every organization, workspace and member endpoint called by every kind of caller: the
 * status and problem code must match the contract's tables, and a refused call must leave the
 * organization as it was.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Kinds of callers, in the order of each row's expected statuses. */
    enum Caller { OWNER, ORG_ADMIN, BILLING, WS_ADMIN, EDITOR, VIEWER, OTHER_ORG, UNKNOWN }

    /** The organization under test and one user per kind of caller. */
    record World(Tenants.Org org, Map<Caller, TestUser> users) {

        TestUser user(Caller caller) {
            return caller == Caller.OWNER ? org.owner() : users.get(caller);
        }
    }

    /** Sends one request as {@code caller}, with {@code target} the user id of a fresh member. */
    interface Sender {
        Response send(RequestSpecification caller, World world, String target);
    }

    /** One call to make; {@code path} tells which kind of target a 404 is about. */
    record Call(String name, String path, Sender sender) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static World world;

    static synchronized World world() {
        if (world == null) {
            Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
            Map<Caller, TestUser> users = new java.util.EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                users.put(caller, TestUser.fresh(caller.name().replace("_", "")));
            }
            String ws = org.firstWorkspaceId();
            Tenants.join(org, users.get(Caller.ORG_ADMIN), "ADMIN", Map.of());
            Tenants.join(org, users.get(Caller.BILLING), "BILLING", Map.of());
            Tenants.join(org, users.get(Caller.WS_ADMIN), "MEMBER", Map.of(ws, "ADMIN"));
            Tenants.join(org, users.get(Caller.EDITOR), "MEMBER", Map.of(ws, "EDITOR"));
            Tenants.join(org, users.get(Caller.VIEWER), "MEMBER", Map.of(ws, "VIEWER"));
            Tenants.signUp(users.get(Caller.OTHER_ORG));
            world = new World(org, users);
        }
        return world;
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        //                                                   OWNER ORG_ADMIN BILLING WS_ADMIN EDITOR VIEWER OTHER UNKNOWN
        row(cases, get("read organization", "/v1/organizations/{org}"), 200, 200, 200, 200, 200, 200, 404, 404);
        row(cases, send("rename organization", "PATCH", "/v1/organizations/{org}", "{\"name\":\"Renamed\"}"),
                200, 200, 403, 403, 403, 403, 404, 404);
        row(cases, get("list workspaces", "/v1/organizations/{org}/workspaces"), 200, 200, 200, 200, 200, 200, 404, 404);
        row(cases, send("create workspace", "POST", "/v1/organizations/{org}/workspaces", "{\"name\":\"Extra\"}"),
                201, 201, 403, 403, 403, 403, 404, 404);
        row(cases, get("list members", "/v1/organizations/{org}/members"), 200, 200, 403, 403, 403, 403, 404, 404);
        row(cases, get("list invitations", "/v1/organizations/{org}/invitations"),
                200, 200, 403, 403, 403, 403, 404, 404);
        row(cases, send("invite", "POST", "/v1/organizations/{org}/invitations",
                "{\"email\":\"matrix-invitee@example.com\",\"role\":\"MEMBER\"}"), 201, 201, 403, 403, 403, 403, 404, 404);
        row(cases, get("list audit events", "/v1/organizations/{org}/audit-events"),
                200, 200, 403, 403, 403, 403, 404, 404);
        row(cases, send("change member role", "PATCH", "/v1/organizations/{org}/members/{target}", "{\"role\":\"BILLING\"}"),
                200, 200, 403, 403, 403, 403, 404, 404);
        row(cases, send("remove member", "DELETE", "/v1/organizations/{org}/members/{target}", null),
                204, 204, 403, 403, 403, 403, 404, 404);
        row(cases, get("read workspace", "/v1/workspaces/{ws}"), 200, 200, 404, 200, 200, 200, 404, 404);
        row(cases, send("rename workspace", "PATCH", "/v1/workspaces/{ws}", "{\"name\":\"Renamed\"}"),
                200, 403, 404, 200, 403, 403, 404, 404);
        row(cases, get("list workspace members", "/v1/workspaces/{ws}/members"), 200, 200, 404, 200, 200, 200, 404, 404);
        row(cases, send("change workspace member", "PUT", "/v1/workspaces/{ws}/members/{target}", "{\"role\":\"EDITOR\"}"),
                200, 200, 404, 200, 403, 403, 404, 404);
        row(cases, get("explain capabilities", "/v1/workspaces/{ws}/members/{target}/capabilities"),
                200, 200, 404, 200, 403, 403, 404, 404);
        row(cases, send("remove workspace member", "DELETE", "/v1/workspaces/{ws}/members/{target}", null),
                204, 204, 404, 204, 403, 403, 404, 404);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} is {2}")
    @MethodSource("cases")
    void callerGetsContractStatus(Call call, Caller caller, int expected) {
        World world = world();
        String target = targetMember(world);
        String before = snapshot(world, target);

        Response response = call.sender().send(as(world.user(caller)), world, target).andReturn();

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.<String>path("code")).isEqualTo(expectedCode(call, expected));
            assertThat(snapshot(world, target)).isEqualTo(before);
        }
    }

    private static String expectedCode(Call call, int status) {
        if (status == 403) {
            return "access.denied";
        }
        return call.path().startsWith("/v1/workspaces") ? "workspace.not_found" : "organization.not_found";
    }

    private static void row(List<Arguments> cases, Call call, int... statuses) {
        Caller[] callers = Caller.values();
        for (int i = 0; i < callers.length; i++) {
            cases.add(Arguments.of(call, callers[i], statuses[i]));
        }
    }

    private static Call get(String name, String path) {
        return new Call(name, path, (request, world, target) -> request.get(expand(path, world, target)));
    }

    private static Call send(String name, String method, String path, String body) {
        return new Call(name, path, (request, world, target) -> {
            if (body != null) {
                request.body(body);
            }
            return request.request(method, expand(path, world, target));
        });
    }

    private static String expand(String path, World world, String target) {
        return path.replace("{org}", world.org().id())
                .replace("{ws}", world.org().firstWorkspaceId())
                .replace("{target}", target);
    }

    /** A fresh organization member who is a VIEWER in the workspace, as the target of member calls. */
    private static String targetMember(World world) {
        TestUser target = TestUser.fresh("Target");
        return Tenants.join(world.org(), target, "MEMBER", Map.of(world.org().firstWorkspaceId(), "VIEWER"));
    }

    /** The owner's view of everything a refused call could have changed. */
    private static String snapshot(World world, String target) {
        TestUser owner = world.org().owner();
        String org = world.org().id();
        String ws = world.org().firstWorkspaceId();
        return String.join("\n",
                as(owner).get("/v1/organizations/{org}", org).asString(),
                as(owner).get("/v1/organizations/{org}/workspaces?limit=200", org).asString(),
                as(owner).get("/v1/organizations/{org}/members?limit=200", org).asString(),
                as(owner).get("/v1/organizations/{org}/invitations?limit=200", org).asString(),
                as(owner).get("/v1/organizations/{org}/audit-events?limit=200", org).asString(),
                as(owner).get("/v1/workspaces/{ws}", ws).asString(),
                as(owner).get("/v1/workspaces/{ws}/members?limit=200", ws).asString(),
                as(owner).get("/v1/workspaces/{ws}/members/{target}/capabilities", ws, target).asString());
    }
}
