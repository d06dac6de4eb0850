package com.bolti.tenancy.access;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestClock;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationTest {

    @Inject
    TestClock clock;

    private static String invite(Tenants.Org org, String email, String role) {
        return as(org.owner()).body(Map.of("email", email, "role", role))
                .post("/v1/organizations/{orgId}/invitations", org.id())
                .then().statusCode(201)
                .extract().path("token");
    }

    private static int memberCount(Tenants.Org org) {
        return as(org.owner()).get("/v1/organizations/{orgId}/members", org.id())
                .then().statusCode(200).extract().path("items.size()");
    }

    @Test
    void acceptIgnoresEmailCase() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser dana = TestUser.fresh("Dana");
        String token = invite(org, dana.email().toUpperCase(), "BILLING");

        as(dana).body(Map.of("token", token)).post("/v1/invitations/accept").then()
                .statusCode(200)
                .body("role", equalTo("BILLING"))
                .body("organizationId", equalTo(org.id()));
    }

    @Test
    void acceptByOtherEmailIsRefused() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String token = invite(org, TestUser.fresh("Dana").email(), "MEMBER");

        as(TestUser.fresh("Mallory")).body(Map.of("token", token)).post("/v1/invitations/accept").then()
                .statusCode(403).body("code", equalTo("invitation.email_mismatch"));
        assertThat(memberCount(org)).isEqualTo(1);
    }

    @Test
    void tokenWorksOnlyOnce() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser dana = TestUser.fresh("Dana");
        String token = invite(org, dana.email(), "MEMBER");
        as(dana).body(Map.of("token", token)).post("/v1/invitations/accept").then().statusCode(200);
        String danaId = Tenants.userId(dana);
        as(org.owner()).delete("/v1/organizations/{orgId}/members/{userId}", org.id(), danaId).then().statusCode(204);

        as(dana).body(Map.of("token", token)).post("/v1/invitations/accept").then()
                .statusCode(404).body("code", equalTo("invitation.not_found"));
        assertThat(memberCount(org)).isEqualTo(1);
    }

    @Test
    void concurrentAcceptsSucceedOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
            TestUser dana = TestUser.fresh("Dana");
            String token = invite(org, dana.email(), "MEMBER");
            Tenants.userId(dana);

            List<Integer> statuses = race(6, () -> as(dana).body(Map.of("token", token))
                    .post("/v1/invitations/accept").statusCode());

            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status != 200).allMatch(status -> status == 404 || status == 409);
            assertThat(memberCount(org)).isEqualTo(2);
        }
    }

    @Test
    void concurrentInvitesLeaveOnePending() throws Exception {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String email = TestUser.fresh("Dana").email();

        List<Integer> statuses = race(6, () -> as(org.owner()).body(Map.of("email", email, "role", "MEMBER"))
                .post("/v1/organizations/{orgId}/invitations", org.id()).statusCode());

        assertThat(statuses).allMatch(status -> status == 201);
        as(org.owner()).get("/v1/organizations/{orgId}/invitations", org.id()).then()
                .statusCode(200).body("items", hasSize(1));
    }

    @Test
    void expiredInvitationIsGone() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser dana = TestUser.fresh("Dana");
        String token = invite(org, dana.email(), "MEMBER");

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        try {
            as(dana).body(Map.of("token", token)).post("/v1/invitations/accept").then()
                    .statusCode(410).body("code", equalTo("invitation.expired"));
            as(org.owner()).get("/v1/organizations/{orgId}/invitations", org.id()).then()
                    .statusCode(200).body("items", hasSize(0));
        } finally {
            clock.reset();
        }
        assertThat(memberCount(org)).isEqualTo(1);
    }

    @Test
    void invitationStillValidBeforeExpiry() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser dana = TestUser.fresh("Dana");
        String token = invite(org, dana.email(), "MEMBER");

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        try {
            as(dana).body(Map.of("token", token)).post("/v1/invitations/accept").then().statusCode(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    void revokedInvitationCannotBeAccepted() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser dana = TestUser.fresh("Dana");
        String token = invite(org, dana.email(), "MEMBER");
        String id = as(org.owner()).get("/v1/organizations/{orgId}/invitations", org.id())
                .then().extract().path("items[0].id");

        as(org.owner()).delete("/v1/organizations/{orgId}/invitations/{id}", org.id(), id).then().statusCode(204);

        as(dana).body(Map.of("token", token)).post("/v1/invitations/accept").then()
                .statusCode(404).body("code", equalTo("invitation.not_found"));
        as(org.owner()).delete("/v1/organizations/{orgId}/invitations/{id}", org.id(), id).then()
                .statusCode(404).body("code", equalTo("invitation.not_found"));
    }

    @Test
    void listedInvitationsCarryNoToken() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        invite(org, TestUser.fresh("Dana").email(), "ADMIN");

        as(org.owner()).get("/v1/organizations/{orgId}/invitations", org.id()).then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0]", not(hasKey("token")));
    }

    @Test
    void invitingCurrentMemberIsConflict() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser dana = TestUser.fresh("Dana");
        Tenants.join(org, dana, "MEMBER", Map.of());

        as(org.owner()).body(Map.of("email", dana.email().toUpperCase(), "role", "MEMBER"))
                .post("/v1/organizations/{orgId}/invitations", org.id()).then()
                .statusCode(409).body("code", equalTo("member.already_in_organization"));
    }

    @Test
    void foreignWorkspaceRejectsWholeInvitation() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        Tenants.Org other = Tenants.signUp(TestUser.fresh("Stranger"));

        as(org.owner()).body(Map.of("email", "x@example.com", "role", "MEMBER", "workspaces", List.of(
                        Map.of("workspaceId", org.firstWorkspaceId(), "role", "EDITOR"),
                        Map.of("workspaceId", other.firstWorkspaceId(), "role", "EDITOR"))))
                .post("/v1/organizations/{orgId}/invitations", org.id()).then()
                .statusCode(422).body("code", equalTo("workspace.not_in_organization"));
        as(org.owner()).get("/v1/organizations/{orgId}/invitations", org.id()).then().body("items", hasSize(0));
    }

    @Test
    void invitationRoleOwnerIsInvalid() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));

        brokenAs(org.owner()).contentType("application/json").body(Map.of("email", "x@example.com", "role", "OWNER"))
                .post("/v1/organizations/{orgId}/invitations", org.id()).then()
                .statusCode(422).body("code", equalTo("role.invalid"));
        brokenAs(org.owner()).contentType("application/json")
                .body(Map.of("email", "x@example.com", "role", "MEMBER",
                        "workspaces", List.of(Map.of("workspaceId", org.firstWorkspaceId(), "role", "OWNER"))))
                .post("/v1/organizations/{orgId}/invitations", org.id()).then()
                .statusCode(422).body("code", equalTo("role.invalid"));
    }

    @Test
    void acceptBodyCannotCarryRole() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser dana = TestUser.fresh("Dana");
        String token = invite(org, dana.email(), "MEMBER");

        for (String field : List.of("role", "organizationId")) {
            brokenAs(dana).contentType("application/json").body(Map.of("token", token, field, "ADMIN"))
                    .post("/v1/invitations/accept").then()
                    .statusCode(400).body("code", equalTo("request.unknown_field"));
        }
        assertThat(memberCount(org)).isEqualTo(1);
    }

    @Test
    void deletedWorkspaceLeavesInvitationValid() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String staging = Tenants.workspace(org, "Staging");
        TestUser dana = TestUser.fresh("Dana");
        String token = as(org.owner()).body(Map.of("email", dana.email(), "role", "MEMBER", "workspaces", List.of(
                        Map.of("workspaceId", staging, "role", "EDITOR"),
                        Map.of("workspaceId", org.firstWorkspaceId(), "role", "VIEWER"))))
                .post("/v1/organizations/{orgId}/invitations", org.id())
                .then().statusCode(201).extract().path("token");

        Tenants.deleteWorkspaceRow(staging);

        as(dana).body(Map.of("token", token)).post("/v1/invitations/accept").then()
                .statusCode(200)
                .body("workspaces", hasSize(1))
                .body("workspaces[0].workspaceId", equalTo(org.firstWorkspaceId()));
    }

    static <T> List<T> race(int parallel, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
