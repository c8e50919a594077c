package vn.dvc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.Topic;

/**
 * The checks of deploy/kubernetes: the services' manifests are what quarkus-kubernetes generates from their sources
 * now, every container is probed, bounded and non-root, every Secret read is defined, the topics are the launcher's
 * with three copies, only the gateway (and the named peers) reach a back service, and each service scales and
 * survives a drain. Nothing here runs Kubernetes; the manifests are read as YAML.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("kubernetes");
    private static final List<String> SERVICES = List.of("gateway", "dossier-service", "kpi-service",
            "reporting-service", "payment-service");
    private static final List<String> BACK_SERVICES = SERVICES.subList(1, SERVICES.size());

    private final Manifests all = Manifests.under(MANIFESTS);

    @Test
    void theServicesManifestsAreWhatTheirSourcesGenerate() {
        for (String service : SERVICES) {
            Path generated = Path.of("..", service, "target", "kubernetes", "kubernetes.yml");
            assertThat(generated).as("%s must be packaged before this module (mvn package builds it)", service).exists();
            // as resources, not text: the generator writes label maps and port lists in no fixed order
            assertThat(Manifests.canonical(Manifests.read(MANIFESTS.resolve("generated").resolve(service + ".yml"))))
                    .as("deploy/kubernetes/generated/%s.yml is stale: run deploy/kubernetes/refresh", service)
                    .isEqualTo(Manifests.canonical(Manifests.read(generated)));
        }
    }

    @Test
    void everyServiceIsADeploymentWithAServiceInFrontOfIt() {
        assertThat(all.ofKind("Deployment").stream().map(Manifests::name)).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(all.ofKind("Service").stream().map(Manifests::name)).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @Test
    void everyContainerIsProbedBoundedAndNotRoot() {
        for (JsonNode deployment : all.ofKind("Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(Manifests.name(deployment)).isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asLong()).as(Manifests.name(deployment)).isPositive();
            for (JsonNode container : pod.path("containers")) {
                String what = Manifests.name(deployment) + "/" + container.path("name").asText();
                int httpPort = StreamSupport.stream(container.path("ports").spliterator(), false)
                        .filter(port -> "http".equals(port.path("name").asText())).findFirst().orElseThrow()
                        .path("containerPort").asInt();
                for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                    assertThat(container.path(probe).path("httpGet").path("port").asInt())
                            .as("%s %s: health is served on the main port", what, probe).isEqualTo(httpPort);
                }
                assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).as(what)
                        .isEqualTo("/q/health/live");
                assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).as(what)
                        .isEqualTo("/q/health/ready");
                assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).as(what)
                        .isEqualTo("/q/health/started");
                for (String bound : List.of("requests", "limits")) {
                    assertThat(container.path("resources").path(bound).path("memory").asText()).as(what + " " + bound)
                            .isNotEmpty();
                    assertThat(container.path("resources").path(bound).path("cpu").asText()).as(what + " " + bound)
                            .isNotEmpty();
                }
            }
        }
    }

    @Test
    void everySecretAndKeyReadIsDefined() {
        Map<String, Set<String>> defined = new HashMap<>();
        all.ofKind("Secret").forEach(secret -> defined.put(Manifests.name(secret),
                fieldNames(secret.has("stringData") ? secret.path("stringData") : secret.path("data"))));
        Set<String> read = new HashSet<>();
        for (JsonNode deployment : all.ofKind("Deployment")) {
            for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode variable : container.path("env")) {
                    JsonNode reference = variable.path("valueFrom").path("secretKeyRef");
                    if (!reference.isMissingNode()) {
                        String secret = reference.path("name").asText();
                        read.add(secret);
                        assertThat(defined).as(variable.path("name").asText()).containsKey(secret);
                        assertThat(defined.get(secret)).as(secret).contains(reference.path("key").asText());
                    }
                }
                for (JsonNode source : container.path("envFrom")) {
                    if (source.has("secretRef")) {
                        read.add(source.path("secretRef").path("name").asText());
                        assertThat(defined).containsKey(source.path("secretRef").path("name").asText());
                    }
                }
            }
        }
        assertThat(read).as("the Secrets every service needs").contains("dvc-database", "dvc-identity", "gateway-keys")
                .containsAll(SERVICES.stream().map(service -> service + "-database").toList());
    }

    @Test
    void theRebuildJobEmptiesKpiServicesDerivedTablesAndDeletesItsConsumerGroups() throws IOException {
        JsonNode pod = all.ofKind("Job").stream().filter(job -> Manifests.name(job).equals("rebuild-kpi-service")).findFirst()
                .orElseThrow().path("spec").path("template").path("spec");
        List<String> derived = Files.readAllLines(Path.of("..", "kpi-service", "src", "main", "resources", "db", "tables.txt"),
                StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("derived ")).map(line -> line.split(" ")[1]).toList();
        String truncate = StreamSupport.stream(pod.path("initContainers").get(0).path("env").spliterator(), false)
                .filter(variable -> "TRUNCATE".equals(variable.path("name").asText())).findFirst().orElseThrow().path("value").asText();
        assertThat(truncate).isEqualTo(String.join(" ", derived.stream().map(table -> "TRUNCATE TABLE " + table + ";").toList()));

        Matcher groups = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id=(.+)$").matcher(Files.readString(
                Path.of("..", "kpi-service", "src", "main", "resources", "application.properties"), StandardCharsets.UTF_8));
        Set<String> consumerGroups = new HashSet<>();
        while (groups.find()) {
            consumerGroups.add(groups.group(1).strip());
        }
        List<String> arguments = StreamSupport.stream(pod.path("containers").get(0).path("command").spliterator(), false)
                .map(JsonNode::asText).toList();
        Set<String> deleted = new HashSet<>();
        for (int i = 0; i < arguments.size() - 1; i++) {
            if (arguments.get(i).equals("--group")) {
                deleted.add(arguments.get(i + 1));
            }
        }
        assertThat(deleted).isNotEmpty().isEqualTo(consumerGroups);
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
    }

    @Test
    void theTopicsAreTheLaunchersWithThreeCopiesAndTwoInSync() {
        Map<String, JsonNode> topics = new HashMap<>();
        all.ofKind("KafkaTopic").forEach(topic -> topics.put(Manifests.name(topic), topic.path("spec")));
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(Topic.all().stream().map(Topic::name).toList());
        for (Topic topic : Topic.all()) {
            JsonNode spec = topics.get(topic.name());
            assertThat(spec.path("partitions").asInt()).as(topic.name()).isEqualTo(topic.partitions());
            assertThat(spec.path("replicas").asInt()).as(topic.name()).isEqualTo(3);
            assertThat(spec.path("config").path("min.insync.replicas").asInt()).as(topic.name()).isEqualTo(2);
            topic.settings().forEach((setting, value) ->
                    assertThat(spec.path("config").path(setting).asText()).as(topic.name() + " " + setting).isEqualTo(value));
        }
        JsonNode kafka = all.ofKind("Kafka").get(0).path("spec").path("kafka").path("config");
        assertThat(kafka.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(kafka.path("auto.create.topics.enable").asBoolean(true)).isFalse();
    }

    @Test
    void theServicesReachKafkaAndEachOtherByTheNamesTheClusterGivesThem() {
        String bootstrap = Manifests.name(all.ofKind("Kafka").get(0)) + "-kafka-bootstrap:"
                + all.ofKind("Kafka").get(0).path("spec").path("kafka").path("listeners").get(0).path("port").asInt();
        for (JsonNode deployment : all.ofKind("Deployment")) {
            Map<String, String> env = plainEnv(deployment);
            assertThat(env).as(Manifests.name(deployment)).containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
            env.forEach((name, value) -> {
                if (value.startsWith("http://")) {
                    assertThat(SERVICES).as(name).contains(value.substring("http://".length()));
                }
            });
        }
        Map<String, String> gateway = plainEnv(deployment("gateway"));
        BACK_SERVICES.forEach(service -> assertThat(gateway).containsEntry(
                "GATEWAY_SERVICES_" + service.replace("-service", "").toUpperCase() + "_URL", "http://" + service));
    }

    @Test
    void onlyTheGatewayAndTheNamedPeersReachABackService() {
        for (String service : BACK_SERVICES) {
            List<JsonNode> policies = all.ofKind("NetworkPolicy").stream().filter(policy -> service.equals(policy
                    .path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText())).toList();
            assertThat(policies).as(service).hasSize(1);
            JsonNode ingress = policies.get(0).path("spec").path("ingress");
            Set<String> callers = new HashSet<>();
            for (JsonNode rule : ingress) {
                assertThat(rule.path("from").isArray()).as(service + ": a rule without 'from' lets anyone in").isTrue();
                for (JsonNode peer : rule.path("from")) {
                    assertThat(peer.has("podSelector") && !peer.has("namespaceSelector") && !peer.has("ipBlock"))
                            .as(service).isTrue();
                    callers.add(peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
                }
            }
            assertThat(callers).as(service).contains("gateway").isSubsetOf(SERVICES).doesNotContain(service);
        }
    }

    @Test
    void everyServiceScalesFromTwoAndKeepsOneThroughADrain() {
        for (String service : SERVICES) {
            assertThat(all.ofKind("HorizontalPodAutoscaler").stream().filter(hpa -> service.equals(
                    hpa.path("spec").path("scaleTargetRef").path("name").asText())))
                    .as(service).singleElement().satisfies(hpa -> assertThat(hpa.path("spec").path("minReplicas").asInt())
                            .isGreaterThanOrEqualTo(2));
            assertThat(all.ofKind("PodDisruptionBudget").stream().filter(budget -> service.equals(budget.path("spec")
                    .path("selector").path("matchLabels").path("app.kubernetes.io/name").asText())))
                    .as(service).singleElement().satisfies(budget -> assertThat(budget.path("spec").path("minAvailable")
                            .asInt()).isGreaterThanOrEqualTo(1));
            assertThat(deployment(service).path("spec").path("replicas").asInt()).as(service).isGreaterThanOrEqualTo(2);
        }
    }

    private JsonNode deployment(String name) {
        return all.ofKind("Deployment").stream().filter(deployment -> name.equals(Manifests.name(deployment)))
                .findFirst().orElseThrow();
    }

    private static Map<String, String> plainEnv(JsonNode deployment) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
            container.path("env").forEach(variable -> {
                if (variable.has("value")) {
                    env.put(variable.path("name").asText(), variable.path("value").asText());
                }
            });
        }
        return env;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
