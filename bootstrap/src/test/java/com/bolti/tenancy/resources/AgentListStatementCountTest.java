package com.bolti.tenancy.resources;

import static com.bolti.tenancy.resources.ResourceApi.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** GET /v1/agents is the hot endpoint: its statement count must not grow with the page (no N+1). */
@QuarkusTest
class AgentListStatementCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void agentListStatementsIgnorePageSize() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        List<String> tools = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tools.add(ResourceApi.tool(org.owner(), ws, "Tool " + i));
        }
        String knowledgeBase = ResourceApi.knowledgeBase(org.owner(), ws, "FAQ");
        for (int i = 0; i < 50; i++) {
            Map<String, Object> fields = new HashMap<>(Map.of("tags", List.of("tag-a", "tag-b"), "toolIds", tools,
                    "knowledgeBaseIds", List.of(knowledgeBase)));
            if (i % 10 == 0) {
                fields.put("phoneNumberId", ResourceApi.phoneNumber(org.owner(), ws));
            }
            ResourceApi.agent(org.owner(), ws, "Agent " + i, fields);
        }

        long one = statementsFor(org, ws, 1);
        long fifty = statementsFor(org, ws, 50);

        assertThat(one).as("statements for a page of 1").isPositive();
        assertThat(fifty).as("statements for a page of 50").isEqualTo(one);
    }

    private long statementsFor(Tenants.Org org, String ws, int limit) {
        in(org.owner(), ws).get("/v1/me").then().statusCode(200);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        in(org.owner(), ws).queryParam("limit", limit).get("/v1/agents").then()
                .statusCode(200)
                .body("items", hasSize(limit));

        return statistics.getPrepareStatementCount();
    }
}
