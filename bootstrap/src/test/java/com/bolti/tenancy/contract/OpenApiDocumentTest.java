package com.bolti.tenancy.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.bolti.tenancy.test.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The service serves the committed OpenAPI document unchanged. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void servedDocumentEqualsCommittedDocument() throws IOException {
        Response response = given().accept("application/yaml").get("/q/openapi");

        response.then().statusCode(200);
        Map<String, Object> served = new Yaml().load(response.asString());
        Map<String, Object> committed = committedDocument();
        assertThat(differences("", committed, served)).isEmpty();
        assertThat(served).isEqualTo(committed);
    }

    static Map<String, Object> committedDocument() throws IOException {
        try (InputStream input = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(Contract.DOCUMENT)) {
            assertThat(input).as("%s on the class path", Contract.DOCUMENT).isNotNull();
            return new Yaml().load(input);
        }
    }

    /** Lists the JSON pointers where two parsed documents differ, for a readable failure. */
    private static List<String> differences(String pointer, Object expected, Object actual) {
        List<String> found = new ArrayList<>();
        if (expected instanceof Map<?, ?> expectedMap && actual instanceof Map<?, ?> actualMap) {
            TreeSet<String> keys = new TreeSet<>();
            expectedMap.keySet().forEach(key -> keys.add(String.valueOf(key)));
            actualMap.keySet().forEach(key -> keys.add(String.valueOf(key)));
            for (String key : keys) {
                found.addAll(differences(pointer + "/" + key, expectedMap.get(key), actualMap.get(key)));
            }
        } else if (!Objects.equals(expected, actual)) {
            found.add(pointer + ": committed " + expected + ", served " + actual);
        }
        return found;
    }
}
