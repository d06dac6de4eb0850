package com.bolti.tenancy.resources;

import static com.bolti.tenancy.resources.ResourceApi.in;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.bolti.tenancy.test.Api;
import com.bolti.tenancy.test.Tenants;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactApiTest {

    @Test
    void contactLifecycleThroughApi() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();

        String id = in(org.owner(), ws)
                .body(Map.of("name", "Ana", "phoneNumber", "+5511987654321", "attributes", Map.of("plan", "gold")))
                .post("/v1/contacts").then()
                .statusCode(201)
                .body("phoneNumber", equalTo("+5511987654321"))
                .body("attributes.plan", equalTo("gold"))
                .extract().path("id");
        in(org.owner(), ws).body(Map.of("phoneNumber", "+5511900000000"))
                .patch("/v1/contacts/{id}", id).then()
                .statusCode(200)
                .body("name", equalTo("Ana"))
                .body("phoneNumber", equalTo("+5511900000000"));
        in(org.owner(), ws).get("/v1/contacts").then().body("items.id", contains(id));

        in(org.owner(), ws).delete("/v1/contacts/{id}", id).then().statusCode(204);
        in(org.owner(), ws).get("/v1/contacts/{id}", id).then()
                .statusCode(404).body("code", equalTo("contact.not_found"));
    }

    @Test
    void nonE164NumbersAreRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();

        for (String number : List.of("5511987654321", "+55 11 98765 4321", "+1234567", "+1234567890123456", "+")) {
            Api.brokenAs(org.owner()).header(ResourceApi.HEADER, ws).contentType("application/json")
                    .body(Map.of("name", "Ana", "phoneNumber", number)).post("/v1/contacts").then()
                    .statusCode(422)
                    .body("code", equalTo("validation.failed"))
                    .body("errors[0].field", equalTo("phoneNumber"));
        }

        in(org.owner(), ws).get("/v1/contacts").then().body("items", hasSize(0));
    }

    @Test
    void oversizedAttributesAreRejected() {
        Tenants.Org org = Tenants.signUp(TestUser.fresh("Owner"));
        String ws = org.firstWorkspaceId();
        String id = ResourceApi.contact(org.owner(), ws);

        in(org.owner(), ws).body(Map.of("attributes", Map.of("notes", "x".repeat(66_000))))
                .patch("/v1/contacts/{id}", id).then()
                .statusCode(422)
                .body("errors[0].field", equalTo("attributes"));

        in(org.owner(), ws).get("/v1/contacts/{id}", id).then().body("attributes.tier", equalTo("gold"));
    }
}
