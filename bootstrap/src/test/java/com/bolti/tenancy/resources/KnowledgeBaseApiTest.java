package com.bolti.tenancy.resources;

import static com.bolti.tenancy.resources.ResourceApi.in;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.bolti.tenancy.test.Api;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnowledgeBaseApiTest {

    @Test
    void knowledgeBaseLifecycleThroughApi() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();

        String id = in(org.owner(), ws).body(Map.of("name", "Returns")).post("/v1/knowledge-bases").then()
                .statusCode(201)
                .body("description", nullValue())
                .extract().path("id");
        in(org.owner(), ws).body(Map.of("description", "Refunds within 30 days"))
                .patch("/v1/knowledge-bases/{id}", id).then()
                .statusCode(200)
                .body("name", equalTo("Returns"))
                .body("description", equalTo("Refunds within 30 days"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("description", null);
        in(org.owner(), ws).body(clear).patch("/v1/knowledge-bases/{id}", id).then()
                .statusCode(200)
                .body("description", nullValue());
        in(org.owner(), ws).get("/v1/knowledge-bases").then()
                .body("items.id", contains(id));

        in(org.owner(), ws).delete("/v1/knowledge-bases/{id}", id).then().statusCode(204);
        in(org.owner(), ws).get("/v1/knowledge-bases/{id}", id).then()
                .statusCode(404).body("code", equalTo("knowledge_base.not_found"));
    }

    @Test
    void longDescriptionIsRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();

        Api.brokenAs(org.owner()).header(ResourceApi.HEADER, ws).contentType("application/json")
                .body(Map.of("name", "Docs", "description", "x".repeat(2001)))
                .post("/v1/knowledge-bases").then()
                .statusCode(422)
                .body("code", equalTo("validation.failed"))
                .body("errors[0].field", equalTo("description"));

        in(org.owner(), ws).get("/v1/knowledge-bases").then().body("items", hasSize(0));
    }

    @Test
    void viewerCannotCreateKnowledgeBase() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        TestUser viewer = TestUser.fresh("Viewer");
        Tenants.join(org, viewer, "MEMBER", Map.of(ws, "VIEWER"));

        in(viewer, ws).body(Map.of("name", "Docs")).post("/v1/knowledge-bases").then()
                .statusCode(403).body("code", equalTo("access.denied"));

        in(viewer, ws).get("/v1/knowledge-bases").then().statusCode(200).body("items", hasSize(0));
    }
}
