package com.bolti.tenancy.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.bolti.tenancy.rest.http.RequiredAccess;
import com.bolti.tenancy.test.TestUser;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deny by default: every endpoint says what it needs, and one that says nothing is refused. */
@QuarkusTest
class DeclaredAccessTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

    @Test
    void everyEndpointDeclaresAccess() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("com.bolti.tenancy");
        List<JavaMethod> endpoints = classes.stream()
                .flatMap(javaClass -> javaClass.getMethods().stream())
                .filter(method -> HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith))
                .toList();

        assertThat(endpoints).hasSizeGreaterThan(20);
        assertThat(endpoints)
                .filteredOn(method -> !method.isAnnotatedWith(RequiredAccess.class)
                        && !method.isAnnotatedWith(PermitAll.class))
                .extracting(JavaMethod::getFullName)
                .isEmpty();
    }

    @Test
    void undeclaredEndpointIsRefused() {
        given().auth().oauth2(TestUser.fresh("Anyone").token())
                .get("/test-probes/undeclared").then()
                .statusCode(403)
                .body("code", equalTo("access.denied"));
    }
}
