package com.bolti.tenancy.lifecycle;

import static com.bolti.tenancy.test.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bolti.tenancy.test.Races;
import com.bolti.tenancy.test.Rows;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Races ownership transfers against each other and against removals and role changes of their
 * target, then checks the rows: every organization keeps exactly one owner, who is a member.
 */
@QuarkusTest
class OwnershipRaceTest {

    private static final int ROUNDS = 20;
    private static final String TRANSFER = "/v1/organizations/{orgId}/ownership-transfer";
    private static final String MEMBER = "/v1/organizations/{orgId}/members/{userId}";

    @Test
    void parallelTransfersLeaveOneOwner() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        TestUser ann = TestUser.fresh("Ann");
        TestUser bob = TestUser.fresh("Bob");
        Map<String, TestUser> usersById = Map.of(
                Tenants.userId(org.owner()), org.owner(),
                Tenants.join(org, ann, "ADMIN", Map.of()), ann,
                Tenants.join(org, bob, "MEMBER", Map.of()), bob);

        for (int round = 0; round < ROUNDS; round++) {
            String ownerId = MemberRows.owners(org.id()).get(0);
            TestUser owner = usersById.get(ownerId);
            List<String> targets = usersById.keySet().stream().filter(id -> !id.equals(ownerId)).toList();

            List<Response> responses = Races.run(
                    () -> as(owner).body(Map.of("userId", targets.get(0))).post(TRANSFER, org.id()),
                    () -> as(owner).body(Map.of("userId", targets.get(1))).post(TRANSFER, org.id()));

            assertThat(statuses(responses)).containsExactlyInAnyOrder(200, 403);
            Response loser = responses.get(0).statusCode() == 403 ? responses.get(0) : responses.get(1);
            assertThat(loser.<String>path("code")).isEqualTo("access.denied");
            List<String> owners = MemberRows.owners(org.id());
            assertThat(owners).hasSize(1);
            assertThat(targets).contains(owners.get(0));
            assertThat(MemberRows.role(org.id(), ownerId)).isEqualTo("ADMIN");
        }
    }

    @Test
    void transferRacingRemovalLeavesOneOwner() {
        for (int round = 0; round < ROUNDS; round++) {
            Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
            String ownerId = Tenants.userId(org.owner());
            TestUser admin = TestUser.fresh("Admin");
            Tenants.join(org, admin, "ADMIN", Map.of());
            String targetId = Tenants.join(org, TestUser.fresh("Target"), "MEMBER", Map.of());

            List<Response> responses = Races.run(
                    () -> as(org.owner()).body(Map.of("userId", targetId)).post(TRANSFER, org.id()),
                    () -> as(admin).delete(MEMBER, org.id(), targetId));

            Response transfer = responses.get(0);
            Response removal = responses.get(1);
            List<String> owners = MemberRows.owners(org.id());
            assertThat(owners).hasSize(1);
            if (transfer.statusCode() == 200) {
                assertThat(removal.statusCode()).isEqualTo(409);
                assertThat(removal.<String>path("code")).isEqualTo("member.is_owner");
                assertThat(owners).containsExactly(targetId);
                assertThat(MemberRows.role(org.id(), ownerId)).isEqualTo("ADMIN");
            } else {
                assertThat(removal.statusCode()).isEqualTo(204);
                assertThat(transfer.statusCode()).isEqualTo(422);
                assertThat(transfer.<String>path("code")).isEqualTo("member.not_in_organization");
                assertThat(owners).containsExactly(ownerId);
                assertThat(MemberRows.role(org.id(), targetId)).isNull();
            }
        }
    }

    @Test
    void transferRacingRoleChangeLeavesOneOwner() {
        for (int round = 0; round < ROUNDS; round++) {
            Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
            String ownerId = Tenants.userId(org.owner());
            TestUser admin = TestUser.fresh("Admin");
            Tenants.join(org, admin, "ADMIN", Map.of());
            String targetId = Tenants.join(org, TestUser.fresh("Target"), "MEMBER", Map.of());

            List<Response> responses = Races.run(
                    () -> as(org.owner()).body(Map.of("userId", targetId)).post(TRANSFER, org.id()),
                    () -> as(admin).body(Map.of("role", "BILLING")).patch(MEMBER, org.id(), targetId));

            assertThat(responses.get(0).statusCode()).isEqualTo(200);
            assertThat(MemberRows.owners(org.id())).containsExactly(targetId);
            assertThat(MemberRows.role(org.id(), ownerId)).isEqualTo("ADMIN");
            Response roleChange = responses.get(1);
            if (roleChange.statusCode() != 200) {
                assertThat(roleChange.statusCode()).isEqualTo(409);
                assertThat(roleChange.<String>path("code")).isEqualTo("member.is_owner");
            }
        }
    }

    @Test
    void commitWithoutOwnerIsRejected() throws SQLException {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ownerId = Tenants.userId(org.owner());
        String memberId = Tenants.join(org, TestUser.fresh("Member"), "MEMBER", Map.of());

        assertThatThrownBy(() -> changeRolesInOneTransaction(org.id(), Map.of(ownerId, "ADMIN")))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("exactly one owner");
        assertThatThrownBy(() -> changeRolesInOneTransaction(org.id(), Map.of(memberId, "OWNER")))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("organization_members_one_owner");

        assertThat(MemberRows.owners(org.id())).containsExactly(ownerId);
        assertThat(MemberRows.role(org.id(), memberId)).isEqualTo("MEMBER");
    }

    @Test
    void deletedOrganizationNeedsNoOwner() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));

        assertThat(Rows.execute("DELETE FROM organizations WHERE id = ?::uuid", org.id())).isEqualTo(1);

        assertThat(Rows.number("SELECT count(*) FROM organization_members WHERE organization_id = ?::uuid", org.id()))
                .isZero();
    }

    /** Applies the role changes in one transaction, committing at the end as the service does. */
    private static void changeRolesInOneTransaction(String organizationId, Map<String, String> roles)
            throws SQLException {
        try (Connection connection = Rows.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE organization_members SET role = ? WHERE organization_id = ? AND user_id = ?")) {
                for (Map.Entry<String, String> role : roles.entrySet()) {
                    update.setString(1, role.getValue());
                    update.setObject(2, UUID.fromString(organizationId));
                    update.setObject(3, UUID.fromString(role.getKey()));
                    update.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).toList();
    }
}
