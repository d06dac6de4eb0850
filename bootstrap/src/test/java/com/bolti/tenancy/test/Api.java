package com.bolti.tenancy.test;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Entry points for REST calls in tests, each validated against the committed contract. */
public final class Api {

    private Api() {
    }

    /** A well-formed request by {@code user}; request and response are both validated. */
    public static RequestSpecification as(TestUser user) {
        return given()
                .filter(Contract.strict())
                .auth().oauth2(user.token())
                .contentType(ContentType.JSON);
    }

    /** A deliberately broken request by {@code user}; only the response is validated. */
    public static RequestSpecification brokenAs(TestUser user) {
        return given()
                .filter(Contract.responsesOnly())
                .auth().oauth2(user.token());
    }

    /** A request with no token at all; only the response is validated. */
    public static RequestSpecification anonymous() {
        return given().filter(Contract.responsesOnly());
    }
}
