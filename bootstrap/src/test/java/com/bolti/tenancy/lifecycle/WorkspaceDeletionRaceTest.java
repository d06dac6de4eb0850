package com.bolti.tenancy.lifecycle;

import static com.bolti.tenancy.test.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.bolti.tenancy.test.Races;
import com.bolti.tenancy.test.Rows;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Races the deletions of an organization's last two workspaces: one of them must stay. */
@QuarkusTest
class WorkspaceDeletionRaceTest {

    private static final int ROUNDS = 20;
    private static final String WORKSPACE = "/v1/workspaces/{wsId}";

    @Test
    void parallelDeletionsKeepOneWorkspace() {
        for (int round = 0; round < ROUNDS; round++) {
            Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
            String first = org.firstWorkspaceId();
            String second = Tenants.workspace(org, "Second");
            String firstSlug = slug(org, first);
            String secondSlug = slug(org, second);

            List<Response> responses = Races.run(
                    () -> as(org.owner()).queryParam("confirm", firstSlug).delete(WORKSPACE, first),
                    () -> as(org.owner()).queryParam("confirm", secondSlug).delete(WORKSPACE, second));

            assertThat(responses.stream().map(Response::statusCode).toList()).containsExactlyInAnyOrder(204, 409);
            Response refused = responses.get(0).statusCode() == 409 ? responses.get(0) : responses.get(1);
            String kept = refused == responses.get(0) ? first : second;
            assertThat(refused.<String>path("code")).isEqualTo("workspace.last_in_organization");
            assertThat(Rows.column("SELECT id FROM workspaces WHERE organization_id = ?::uuid", org.id()))
                    .containsExactly(kept);
            assertThat(MemberRows.auditEvents(org.id(), "workspace.deleted")).isEqualTo(1);
        }
    }

    @Test
    void parallelDeletionsOfOneWorkspace() {
        for (int round = 0; round < ROUNDS; round++) {
            Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
            String second = Tenants.workspace(org, "Second");
            Tenants.workspace(org, "Third");
            String secondSlug = slug(org, second);

            List<Response> responses = Races.run(
                    () -> as(org.owner()).queryParam("confirm", secondSlug).delete(WORKSPACE, second),
                    () -> as(org.owner()).queryParam("confirm", secondSlug).delete(WORKSPACE, second));

            assertThat(responses.stream().map(Response::statusCode).toList()).containsExactlyInAnyOrder(204, 404);
            assertThat(Rows.number("SELECT count(*) FROM workspaces WHERE organization_id = ?::uuid", org.id()))
                    .isEqualTo(2);
            assertThat(MemberRows.auditEvents(org.id(), "workspace.deleted")).isEqualTo(1);
        }
    }

    private static String slug(Tenants.Org org, String workspaceId) {
        return as(org.owner()).get(WORKSPACE, workspaceId).then().statusCode(200).extract().path("slug");
    }
}
