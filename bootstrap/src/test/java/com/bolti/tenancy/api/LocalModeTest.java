package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.anonymous;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** With a JDBC URL configured, as in every test run, local mode and its token endpoint do not exist. */
@QuarkusTest
class LocalModeTest {

    @Test
    void tokenEndpointIsNotFound() {
        Response response = anonymous().contentType(ContentType.JSON)
                .body("{\"sub\": \"alice\", \"email\": \"alice@example.com\"}")
                .post("/local/tokens");

        assertProblem(response, 404, "route.not_found");
    }
}
