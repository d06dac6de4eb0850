package com.bolti.tenancy.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.bolti.tenancy.application.port.out.WorkspaceContents;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The persistence adapter behind deletion previews and workspace deletion. */
@QuarkusTest
class WorkspaceContentsTest {

    private static final List<String> TABLES = List.of("agents", "tools", "knowledge_bases", "agent_tools",
            "agent_knowledge_bases", "contacts", "phone_numbers", "call_logs");

    @Inject
    WorkspaceContents contents;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void countsOneWorkspaceOnly() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String sibling = Tenants.workspace(org, "Sibling");
        fill(org, ws);
        ResourceApi.agent(org.owner(), sibling, "Elsewhere");

        WorkspaceContents.Counts counts = QuarkusTransaction.requiringNew().call(() -> contents.count(workspace(ws)));

        assertThat(counts).isEqualTo(new WorkspaceContents.Counts(1, 1, 1, 1, 1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> contents.activePhoneNumbers(workspace(sibling))))
                .isEmpty();
    }

    @Test
    void bulkReleaseWritesOneMessageEach() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        fill(org, ws);
        ResourceApi.phoneNumber(org.owner(), ws);
        String released = ResourceApi.phoneNumber(org.owner(), ws);
        ResourceApi.in(org.owner(), ws).delete("/v1/phone-numbers/{id}", released).then().statusCode(204);
        String ownerId = Tenants.userId(org.owner());
        assertThat(QuarkusTransaction.requiringNew().call(() -> contents.activePhoneNumbers(workspace(ws))))
                .hasSize(2);

        int count = QuarkusTransaction.requiringNew().call(() -> contents.releasePhoneNumbers(
                new OrganizationId(UUID.fromString(org.id())), workspace(ws), new UserId(UUID.fromString(ownerId)),
                Instant.now()));

        assertThat(count).isEqualTo(2);
        assertThat(outbox(ws)).isEqualTo(3);
        assertThat(Rows.count(dataSource, "SELECT count(*) FROM phone_numbers WHERE workspace_id = ?"
                + " AND (status <> 'RELEASED' OR agent_id IS NOT NULL)", UUID.fromString(ws))).isZero();
        assertThat(Rows.count(dataSource, "SELECT count(*) FROM outbox_messages WHERE workspace_id = ?"
                + " AND payload ->> 'releasedBy' = ?", UUID.fromString(ws), ownerId)).isEqualTo(3);
    }

    @Test
    void rolledBackReleaseWritesNothing() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        ResourceApi.phoneNumber(org.owner(), ws);

        try {
            QuarkusTransaction.requiringNew().run(() -> {
                contents.releasePhoneNumbers(new OrganizationId(UUID.fromString(org.id())), workspace(ws), null,
                        Instant.now());
                throw new IllegalStateException("fail after the release on purpose");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }

        assertThat(outbox(ws)).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> contents.activePhoneNumbers(workspace(ws))))
                .hasSize(1);
    }

    @Test
    void workspaceDeletionCascadesKeepsOutbox() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = Tenants.workspace(org, "Doomed");
        String kept = org.firstWorkspaceId();
        fill(org, ws);
        fill(org, kept);
        String released = ResourceApi.phoneNumber(org.owner(), ws);
        ResourceApi.in(org.owner(), ws).delete("/v1/phone-numbers/{id}", released).then().statusCode(204);

        // One statement, as the deletion use case issues it: the foreign keys cascade to every resource.
        Rows.execute(dataSource, "DELETE FROM workspaces WHERE id = '" + ws + "'");

        for (String table : TABLES) {
            assertThat(Rows.count(dataSource, "SELECT count(*) FROM " + table + " WHERE workspace_id = ?",
                    UUID.fromString(ws))).as(table).isZero();
            assertThat(Rows.count(dataSource, "SELECT count(*) FROM " + table + " WHERE workspace_id = ?",
                    UUID.fromString(kept))).as(table).isPositive();
        }
        assertThat(outbox(ws)).isEqualTo(1);
    }

    /** Creates one resource of each kind, all linked together. */
    private static void fill(Tenants.Org org, String ws) {
        String tool = ResourceApi.tool(org.owner(), ws, "Tool");
        String knowledgeBase = ResourceApi.knowledgeBase(org.owner(), ws, "FAQ");
        String number = ResourceApi.phoneNumber(org.owner(), ws);
        String agent = ResourceApi.agent(org.owner(), ws, "Agent", Map.of("toolIds", List.of(tool),
                "knowledgeBaseIds", List.of(knowledgeBase), "phoneNumberId", number));
        ResourceApi.contact(org.owner(), ws);
        ResourceApi.callLog(ws, Map.of("agentId", agent, "phoneNumberId", number));
    }

    private long outbox(String ws) {
        return Rows.count(dataSource, "SELECT count(*) FROM outbox_messages WHERE workspace_id = ?",
                UUID.fromString(ws));
    }

    private static WorkspaceId workspace(String id) {
        return new WorkspaceId(UUID.fromString(id));
    }
}
