package com.bolti.tenancy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the Dockerfiles and Kubernetes manifests in docker/ against each other, without Docker or a cluster.
 * Paths are relative to the bootstrap module, which is Surefire's working directory.
 */
class DeploymentManifestsTest {

    private static final Path DOCKER_DIR = Path.of("..", "docker");
    private static final Path KUBERNETES_DIR = DOCKER_DIR.resolve("kubernetes");

    /** Variables the service reads its database URL and JWT verification settings from. */
    private static final Set<String> CONFIG_MAP_VARIABLES = Set.of(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "MP_JWT_VERIFY_ISSUER",
            "MP_JWT_VERIFY_AUDIENCES",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION");

    /** Variables the service reads its database credentials from. */
    private static final Set<String> SECRET_VARIABLES = Set.of(
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD");

    @Test
    void livenessProbeHitsLiveEndpoint() throws IOException {
        Map<String, Object> container = container();
        Map<String, Object> httpGet = child(child(container, "livenessProbe"), "httpGet");

        assertThat(httpGet.get("path")).isEqualTo("/q/health/live");
        assertThat(httpGet.get("port")).isEqualTo(containerPort(container));
    }

    @Test
    void readinessProbeHitsReadyEndpoint() throws IOException {
        Map<String, Object> container = container();
        Map<String, Object> httpGet = child(child(container, "readinessProbe"), "httpGet");

        assertThat(httpGet.get("path")).isEqualTo("/q/health/ready");
        assertThat(httpGet.get("port")).isEqualTo(containerPort(container));
    }

    @Test
    void containerDeclaresResourceRequestsAndLimits() throws IOException {
        Map<String, Object> resources = child(container(), "resources");

        assertThat(child(resources, "requests")).containsKeys("cpu", "memory");
        assertThat(child(resources, "limits")).containsKeys("cpu", "memory");
    }

    @Test
    void configMapVariablesUseStandardNames() throws IOException {
        List<Object> names = variablesReferencing("configMapKeyRef").stream()
                .map(variable -> variable.get("name"))
                .toList();

        assertThat(names).containsExactlyInAnyOrderElementsOf(CONFIG_MAP_VARIABLES);
    }

    @Test
    void configMapReferencesExistingKeys() throws IOException {
        Map<String, Object> configMap = loadManifest("configmap.yaml");
        Object configMapName = child(configMap, "metadata").get("name");
        Map<String, Object> data = child(configMap, "data");

        for (Map<String, Object> variable : variablesReferencing("configMapKeyRef")) {
            Map<String, Object> reference = child(child(variable, "valueFrom"), "configMapKeyRef");

            assertThat(reference.get("name")).as("ConfigMap of %s", variable.get("name")).isEqualTo(configMapName);
            assertThat(data).as("ConfigMap data for %s", variable.get("name"))
                    .containsKey((String) reference.get("key"));
        }
    }

    @Test
    void secretVariablesUseStandardNames() throws IOException {
        List<Object> names = variablesReferencing("secretKeyRef").stream()
                .map(variable -> variable.get("name"))
                .toList();

        assertThat(names).containsExactlyInAnyOrderElementsOf(SECRET_VARIABLES);
    }

    @Test
    void secretReferencesExistingKeys() throws IOException {
        Map<String, Object> secret = loadManifest("secret.yaml");
        Object secretName = child(secret, "metadata").get("name");
        Map<String, Object> stringData = child(secret, "stringData");

        for (Map<String, Object> variable : variablesReferencing("secretKeyRef")) {
            Map<String, Object> reference = child(child(variable, "valueFrom"), "secretKeyRef");

            assertThat(reference.get("name")).as("Secret of %s", variable.get("name")).isEqualTo(secretName);
            assertThat(stringData).as("Secret data for %s", variable.get("name"))
                    .containsKey((String) reference.get("key"));
        }
    }

    @Test
    void publicKeyMountedAtConfiguredLocation() throws IOException {
        Map<String, Object> secret = loadManifest("secret.yaml");
        Map<String, Object> volume = children(podSpec(), "volumes").stream()
                .filter(candidate -> candidate.containsKey("secret"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> secretVolume = child(volume, "secret");
        Map<String, Object> keyItem = children(secretVolume, "items").get(0);
        Map<String, Object> mount = children(container(), "volumeMounts").stream()
                .filter(candidate -> candidate.get("name").equals(volume.get("name")))
                .findFirst()
                .orElseThrow();
        Object location = child(loadManifest("configmap.yaml"), "data").get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");

        assertThat(secretVolume.get("secretName")).isEqualTo(child(secret, "metadata").get("name"));
        assertThat(child(secret, "stringData")).containsKey((String) keyItem.get("key"));
        assertThat(mount.get("readOnly")).isEqualTo(true);
        assertThat(location).isEqualTo("file:" + mount.get("mountPath") + "/" + keyItem.get("path"));
    }

    @Test
    void serviceTargetsContainerPort() throws IOException {
        Map<String, Object> serviceSpec = child(loadManifest("service.yaml"), "spec");
        Map<String, Object> servicePort = children(serviceSpec, "ports").get(0);
        Map<String, Object> podLabels = child(child(podTemplate(), "metadata"), "labels");

        assertThat(servicePort.get("targetPort")).isEqualTo(containerPort(container()));
        assertThat(podLabels).containsAllEntriesOf(child(serviceSpec, "selector"));
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        List<String> resources = asStringList(loadManifest("kustomization.yaml").get("resources"));

        assertThat(resources).containsExactlyInAnyOrder(
                "configmap.yaml", "secret.yaml", "deployment.yaml", "service.yaml");
    }

    @Test
    void nativeDockerfileBuildsNativeRunner() throws IOException {
        String dockerfile = Files.readString(DOCKER_DIR.resolve("Dockerfile.native"));

        assertThat(dockerfile).containsPattern("(?m)^RUN \\./mvnw .*package.* -Dquarkus\\.native\\.enabled=true");
        assertThat(dockerfile).containsPattern("(?m)^COPY --from=\\S+ .*/bootstrap/target/\\*-runner ");
    }

    @Test
    void jvmDockerfileCopiesQuarkusApp() throws IOException {
        String dockerfile = Files.readString(DOCKER_DIR.resolve("Dockerfile.jvm"));

        assertThat(dockerfile).containsPattern("(?m)^COPY .*bootstrap/target/quarkus-app/lib/ ");
        assertThat(dockerfile).containsPattern("(?m)^COPY .*bootstrap/target/quarkus-app/app/ ");
        assertThat(dockerfile).containsPattern("(?m)^COPY .*bootstrap/target/quarkus-app/quarkus/ ");
        assertThat(dockerfile).containsPattern("(?m)^COPY .*bootstrap/target/quarkus-app/quarkus-run\\.jar ");
    }

    private static Map<String, Object> loadManifest(String fileName) throws IOException {
        try (InputStream input = Files.newInputStream(KUBERNETES_DIR.resolve(fileName))) {
            return new Yaml().load(input);
        }
    }

    private static Map<String, Object> podTemplate() throws IOException {
        return child(child(loadManifest("deployment.yaml"), "spec"), "template");
    }

    private static Map<String, Object> podSpec() throws IOException {
        return child(podTemplate(), "spec");
    }

    /** Returns the Deployment's only container. */
    private static Map<String, Object> container() throws IOException {
        List<Map<String, Object>> containers = children(podSpec(), "containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static Object containerPort(Map<String, Object> container) {
        return children(container, "ports").get(0).get("containerPort");
    }

    /** Returns the container's env entries whose valueFrom uses referenceKind (configMapKeyRef or secretKeyRef). */
    private static List<Map<String, Object>> variablesReferencing(String referenceKind) throws IOException {
        return children(container(), "env").stream()
                .filter(variable -> variable.containsKey("valueFrom"))
                .filter(variable -> child(variable, "valueFrom").containsKey(referenceKind))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> children(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<String> asStringList(Object value) {
        return (List<String>) value;
    }
}
