package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignupTest {

    @Test
    void signupCreatesOrganizationAndWorkspace() {
        TestUser alice = TestUser.fresh("Alice");

        Response response = as(alice).body("{}").post("/v1/signup");

        response.then().statusCode(201)
                .body("user.email", equalTo(alice.email()))
                .body("organization.name", equalTo("Alice's organization"))
                .body("organization.slug", notNullValue())
                .body("organization.planTier", equalTo("free"))
                .body("workspace.name", equalTo("Default"))
                .body("workspace.slug", equalTo("default"));
        assertThat(response.path("workspace.organizationId").toString())
                .isEqualTo(response.path("organization.id").toString());
    }

    @Test
    void secondSignupIsConflict() {
        TestUser bob = TestUser.fresh("Bob");
        as(bob).body("{}").post("/v1/signup").then().statusCode(201);

        as(bob).body("{}").post("/v1/signup").then()
                .statusCode(409)
                .body("code", equalTo("user.already_signed_up"));
    }
}
