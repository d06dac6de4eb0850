package com.bolti.tenancy.resources;

import static com.bolti.tenancy.resources.ResourceApi.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.bolti.tenancy.test.Api;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ToolApiTest {

    @Test
    void toolLifecycleThroughApi() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();

        String id = in(org.owner(), ws).body("{\"name\":\"Calendar\",\"kind\":\"BUILT_IN\",\"config\":{\"b\":1,\"a\":2}}")
                .post("/v1/tools").then()
                .statusCode(201)
                .body("kind", equalTo("BUILT_IN"))
                .extract().path("id");
        in(org.owner(), ws).body(Map.of("kind", "HTTP", "config", Map.of("url", "https://cal.example.com")))
                .patch("/v1/tools/{id}", id).then()
                .statusCode(200)
                .body("name", equalTo("Calendar"))
                .body("kind", equalTo("HTTP"))
                .body("config.url", equalTo("https://cal.example.com"));
        in(org.owner(), ws).get("/v1/tools").then()
                .statusCode(200)
                .body("items.id", contains(id));

        in(org.owner(), ws).delete("/v1/tools/{id}", id).then().statusCode(204);
        in(org.owner(), ws).get("/v1/tools/{id}", id).then()
                .statusCode(404).body("code", equalTo("tool.not_found"));
    }

    @Test
    void configKeepsKeyOrder() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();

        String id = in(org.owner(), ws).body("{\"name\":\"T\",\"kind\":\"HTTP\",\"config\":{\"z\":1,\"a\":12345678901234567890.125}}")
                .post("/v1/tools").then().statusCode(201).extract().path("id");

        String body = in(org.owner(), ws).get("/v1/tools/{id}", id).then().statusCode(200).extract().asString();
        assertThat(body).contains("\"config\":{\"z\":1,\"a\":12345678901234567890.125}");
    }

    @Test
    void unknownKindIsRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();

        for (Object kind : new Object[] {"http", "GRPC", 3}) {
            Api.brokenAs(org.owner()).header(ResourceApi.HEADER, ws).contentType("application/json")
                    .body(Map.of("name", "T", "kind", kind)).post("/v1/tools").then()
                    .statusCode(422)
                    .body("code", equalTo("validation.failed"))
                    .body("errors[0].field", equalTo("kind"));
        }
        in(org.owner(), ws).get("/v1/tools").then().body("items", hasSize(0));
    }

    @Test
    void editorCannotDeleteTool() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        TestUser editor = TestUser.fresh("Editor");
        Tenants.join(org, editor, "MEMBER", Map.of(ws, "EDITOR"));
        String id = ResourceApi.tool(editor, ws, "Lookup");

        in(editor, ws).delete("/v1/tools/{id}", id).then()
                .statusCode(403).body("code", equalTo("access.denied"));

        in(editor, ws).get("/v1/tools/{id}", id).then().statusCode(200);
    }
}
