package com.bolti.tenancy.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS resource method is documented in the committed OpenAPI document, and every
 * documented operation has a resource method. Operations are compared as "METHOD path" with
 * path parameters reduced to {@code {}}, since code and document may name them differently.
 */
class ResourceCoverageTest {

    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(
            GET.class, "GET", POST.class, "POST", PUT.class, "PUT", PATCH.class, "PATCH",
            DELETE.class, "DELETE", HEAD.class, "HEAD", OPTIONS.class, "OPTIONS");

    private static final Set<String> DOCUMENT_METHODS = Set.of(
            "get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static Set<String> implemented;
    private static Set<String> documented;

    @BeforeAll
    static void collectOperations() throws IOException {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.bolti.tenancy");
        implemented = implementedOperations(classes);
        documented = documentedOperations(OpenApiDocumentTest.committedDocument());
    }

    @Test
    void resourcesWereFound() {
        assertThat(implemented).contains("GET /v1/me", "POST /v1/signup", "PATCH /v1/workspaces/{}");
    }

    @Test
    void everyResourceMethodIsDocumented() {
        assertThat(documented).containsAll(implemented);
    }

    @Test
    void everyDocumentedOperationIsImplemented() {
        assertThat(implemented).containsAll(documented);
    }

    private static Set<String> implementedOperations(JavaClasses classes) {
        Set<String> operations = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            String classPath = javaClass.tryGetAnnotationOfType(Path.class).map(Path::value).orElse("");
            for (JavaMethod method : javaClass.getMethods()) {
                String methodPath = method.tryGetAnnotationOfType(Path.class).map(Path::value).orElse("");
                for (Map.Entry<Class<? extends Annotation>, String> httpMethod : HTTP_METHODS.entrySet()) {
                    if (method.isAnnotatedWith(httpMethod.getKey())) {
                        operations.add(httpMethod.getValue() + " " + normalize(join(classPath, methodPath)));
                    }
                }
            }
        }
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> documentedOperations(Map<String, Object> document) {
        Set<String> operations = new TreeSet<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(DOCUMENT_METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + normalize(path))));
        return operations;
    }

    private static String join(String classPath, String methodPath) {
        String joined = "/" + classPath + "/" + methodPath;
        String collapsed = joined.replaceAll("/+", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/")
                ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }

    /** Replaces each path template, with or without a regular expression, by {@code {}}. */
    private static String normalize(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
