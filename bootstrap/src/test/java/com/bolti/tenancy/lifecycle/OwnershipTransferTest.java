package com.bolti.tenancy.lifecycle;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.Api.brokenAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OwnershipTransferTest {

    private static final String TRANSFER = "/v1/organizations/{orgId}/ownership-transfer";

    @Test
    void transferPromotesMemberAndDemotesOwner() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ownerId = Tenants.userId(org.owner());
        TestUser member = TestUser.fresh("Member");
        String memberId = Tenants.join(org, member, "MEMBER", Map.of());

        as(org.owner()).body(Map.of("userId", memberId)).post(TRANSFER, org.id()).then()
                .statusCode(200)
                .body("owner.userId", equalTo(memberId))
                .body("owner.role", equalTo("OWNER"))
                .body("previousOwner.userId", equalTo(ownerId))
                .body("previousOwner.role", equalTo("ADMIN"));

        assertThat(MemberRows.owners(org.id())).containsExactly(memberId);
        assertThat(MemberRows.role(org.id(), ownerId)).isEqualTo("ADMIN");
        assertThat(MemberRows.auditEvents(org.id(), "organization.ownership_transferred")).isEqualTo(1);
        as(member).get("/v1/me").then()
                .body("organizations[0].role", equalTo("OWNER"))
                .body("organizations[0].defaultWorkspaceId", equalTo(org.firstWorkspaceId()));
        as(org.owner()).get("/v1/workspaces/{wsId}", org.firstWorkspaceId()).then().statusCode(200);
    }

    @Test
    void formerOwnerLosesOwnerPowers() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ownerId = Tenants.userId(org.owner());
        TestUser heir = TestUser.fresh("Heir");
        String heirId = Tenants.join(org, heir, "ADMIN", Map.of());
        as(org.owner()).body(Map.of("userId", heirId)).post(TRANSFER, org.id()).then().statusCode(200);

        as(org.owner()).body(Map.of("userId", ownerId)).post(TRANSFER, org.id()).then()
                .statusCode(403).body("code", equalTo("access.denied"));
        as(heir).delete("/v1/organizations/{orgId}/members/{userId}", org.id(), ownerId).then()
                .statusCode(204);

        assertThat(MemberRows.owners(org.id())).containsExactly(heirId);
        assertThat(MemberRows.role(org.id(), ownerId)).isNull();
        as(org.owner()).get("/v1/me").then().body("organizations.size()", equalTo(0));
    }

    @Test
    void transferByNonOwnerIsDenied() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ownerId = Tenants.userId(org.owner());
        TestUser admin = TestUser.fresh("Admin");
        TestUser billing = TestUser.fresh("Billing");
        TestUser member = TestUser.fresh("Member");
        String adminId = Tenants.join(org, admin, "ADMIN", Map.of());
        Tenants.join(org, billing, "BILLING", Map.of());
        Tenants.join(org, member, "MEMBER", Map.of());

        for (TestUser caller : List.of(admin, billing, member)) {
            as(caller).body(Map.of("userId", adminId)).post(TRANSFER, org.id()).then()
                    .statusCode(403).body("code", equalTo("access.denied"));
        }
        Tenants.Org other = Tenants.signUp(TestUser.fresh("Stranger"));
        as(other.owner()).body(Map.of("userId", adminId)).post(TRANSFER, org.id()).then()
                .statusCode(404).body("code", equalTo("organization.not_found"));

        assertThat(MemberRows.owners(org.id())).containsExactly(ownerId);
        assertThat(MemberRows.role(org.id(), adminId)).isEqualTo("ADMIN");
        assertThat(MemberRows.auditEvents(org.id(), "organization.ownership_transferred")).isZero();
    }

    @Test
    void transferToNonMemberIsRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ownerId = Tenants.userId(org.owner());
        TestUser invitee = TestUser.fresh("Invitee");
        String inviteeId = Tenants.userId(invitee);
        as(org.owner()).body(Map.of("email", invitee.email(), "role", "MEMBER"))
                .post("/v1/organizations/{orgId}/invitations", org.id()).then().statusCode(201);
        TestUser removed = TestUser.fresh("Removed");
        String removedId = Tenants.join(org, removed, "MEMBER", Map.of());
        as(org.owner()).delete("/v1/organizations/{orgId}/members/{userId}", org.id(), removedId).then()
                .statusCode(204);
        String strangerId = Tenants.userId(Tenants.signUp(TestUser.fresh("Stranger")).owner());

        for (String target : List.of(inviteeId, removedId, strangerId, UUID.randomUUID().toString())) {
            as(org.owner()).body(Map.of("userId", target)).post(TRANSFER, org.id()).then()
                    .statusCode(422).body("code", equalTo("member.not_in_organization"));
        }

        assertThat(MemberRows.owners(org.id())).containsExactly(ownerId);
        assertThat(MemberRows.role(org.id(), inviteeId)).isNull();
        assertThat(MemberRows.auditEvents(org.id(), "organization.ownership_transferred")).isZero();
    }

    @Test
    void transferToCurrentOwnerConflicts() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ownerId = Tenants.userId(org.owner());

        as(org.owner()).body(Map.of("userId", ownerId)).post(TRANSFER, org.id()).then()
                .statusCode(409).body("code", equalTo("member.already_owner"));

        assertThat(MemberRows.owners(org.id())).containsExactly(ownerId);
        assertThat(MemberRows.auditEvents(org.id(), "organization.ownership_transferred")).isZero();
    }

    @Test
    void malformedTransferBodyIsRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ownerId = Tenants.userId(org.owner());
        String memberId = Tenants.join(org, TestUser.fresh("Member"), "MEMBER", Map.of());

        brokenAs(org.owner()).contentType("application/json").body("{}").post(TRANSFER, org.id()).then()
                .statusCode(422).body("code", equalTo("validation.failed")).body("errors[0].field", equalTo("userId"));
        brokenAs(org.owner()).contentType("application/json").body(Map.of("userId", "not-a-uuid"))
                .post(TRANSFER, org.id()).then()
                .statusCode(422).body("code", equalTo("validation.failed"));
        brokenAs(org.owner()).contentType("application/json").body(Map.of("userId", memberId, "role", "OWNER"))
                .post(TRANSFER, org.id()).then()
                .statusCode(400).body("code", equalTo("request.unknown_field"));

        assertThat(MemberRows.owners(org.id())).containsExactly(ownerId);
        assertThat(MemberRows.role(org.id(), memberId)).isEqualTo("MEMBER");
    }

    @Test
    void roleChangeResponseShowsNewRole() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String memberId = Tenants.join(org, TestUser.fresh("Member"), "MEMBER", Map.of());

        as(org.owner()).body(Map.of("role", "BILLING"))
                .patch("/v1/organizations/{orgId}/members/{userId}", org.id(), memberId).then()
                .statusCode(200).body("role", equalTo("BILLING"));

        assertThat(MemberRows.role(org.id(), memberId)).isEqualTo("BILLING");
    }
}
