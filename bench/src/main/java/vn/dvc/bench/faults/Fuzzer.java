package vn.dvc.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntFunction;
import vn.dvc.bench.driver.GatewayClient;

/**
 * Fault 11: bad payloads on every write endpoint — a required field missing, a value of the wrong type, an unknown
 * enum, an impossible time, an over-long string, bytes that are not UTF-8, a body nested a hundred thousand deep, the
 * wrong content type, broken JSON, an empty body, impossible numbers, forbidden characters in an id, an oversized
 * intake batch. Each starts from a valid request whose new objects are named {@code FZX…}, so anything stored shows. Each
 * answer must be a 4xx {@code application/problem+json}; a batch may instead answer 202 with every item REJECTED.
 */
final class Fuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String NEW = "FZX";

    private final GatewayClient gateway;
    private final Map<String, String> units;

    /** @param units the existing units the templates refer to: "commune", "district" */
    Fuzzer(GatewayClient gateway, Map<String, String> units) {
        this.gateway = gateway;
        this.units = units;
    }

    record Endpoint(String method, String path, String role, boolean batch, IntFunction<ObjectNode> template,
                    List<String> required) {
    }

    record Tally(String endpoint, int sent, int refusedAsProblem, int refusedPerItem, Map<String, Integer> statuses,
                 List<String> violations) {

        boolean held() {
            return violations.isEmpty() && refusedAsProblem + refusedPerItem == sent;
        }
    }

    List<Endpoint> endpoints() {
        String commune = units.get("commune");
        String district = units.get("district");
        return List.of(
                new Endpoint("POST", "/dossier-events", "portal", false, n -> event(n, commune),
                        List.of("eventId", "dossierId", "status", "occurredAt", "unitCode", "serviceCode", "channel", "dueAt")),
                new Endpoint("POST", "/dossier-events/batch", "portal", true, n -> event(n, commune),
                        List.of("eventId", "dossierId", "status", "occurredAt", "unitCode", "serviceCode", "channel", "dueAt")),
                new Endpoint("POST", "/payments", "portal", false, n -> payment(n, commune),
                        List.of("transactionId", "unitCode", "field", "kind", "amountVnd", "status", "paidAt", "provider")),
                new Endpoint("POST", "/payments/batch", "portal", true, n -> payment(n, commune),
                        List.of("transactionId", "unitCode", "field", "kind", "amountVnd", "status", "paidAt", "provider")),
                new Endpoint("POST", "/report-submissions", "portal", false, n -> report(commune),
                        List.of("formCode", "unitCode", "period", "submittedAt", "channel")),
                new Endpoint("POST", "/report-submissions/batch", "portal", true, n -> report(commune),
                        List.of("formCode", "unitCode", "period", "submittedAt", "channel")),
                new Endpoint("POST", "/dossier-totals", "portal", false, n -> total(commune),
                        List.of("unitCode", "from", "to", "total")),
                new Endpoint("PUT", "/units", "ops", true, n -> unit(n, district), List.of("code", "name", "tier")),
                new Endpoint("PUT", "/services", "ops", true, Fuzzer::service, List.of("code", "name", "field", "offerings")),
                new Endpoint("PUT", "/payment-accounts/" + commune, "ops", false, n -> account(), List.of("enabled")),
                new Endpoint("PUT", "/report-forms", "ops", true, Fuzzer::form,
                        List.of("code", "name", "system", "frequency", "dueRule", "activeFrom")),
                new Endpoint("PUT", "/campaigns/" + NEW + "-c", "ops", false, n -> campaign(), List.of("name", "from", "to", "targets")),
                new Endpoint("POST", "/api-keys", "ops", false, Fuzzer::apiKey, List.of("name", "role")));
    }

    Tally fuzz(Endpoint endpoint, int payloads, long seed) {
        Random random = new Random(seed ^ endpoint.path().hashCode());
        int problems = 0;
        int perItem = 0;
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        for (int n = 0; n < payloads; n++) {
            Request request = badRequest(endpoint, n, random);
            GatewayClient.Answer answer = gateway.send(endpoint.method(), endpoint.role(), endpoint.path(),
                    request.contentType(), request.body());
            statuses.merge(Integer.toString(answer.status()), 1, Integer::sum);
            if (isProblem(answer)) {
                problems++;
            } else if (endpoint.batch() && everyItemRejected(answer)) {
                perItem++;
            } else if (violations.size() < 10) {
                violations.add(request.kind() + " → HTTP " + answer.status() + ": " + abbreviated(answer.text()));
            }
        }
        return new Tally(endpoint.method() + " " + endpoint.path(), payloads, problems, perItem, statuses, violations);
    }

    private record Request(String kind, String contentType, byte[] body) {
    }

    private Request badRequest(Endpoint endpoint, int n, Random random) {
        ObjectNode item = endpoint.template().apply(n);
        int kind = n % 13;
        String name;
        switch (kind) {
            case 0 -> {
                name = "missing required field";
                item.remove(endpoint.required().get(random.nextInt(endpoint.required().size())));
            }
            case 1 -> {
                name = "value of the wrong type";
                String field = endpoint.required().get(random.nextInt(endpoint.required().size()));
                if (item.get(field) != null && item.get(field).isNumber()) {
                    item.put(field, "not a number");
                } else {
                    item.set(field, random.nextBoolean() ? JSON.createObjectNode().put("x", 1) : JSON.createArrayNode().add(1));
                }
            }
            case 2 -> {
                name = "unknown enum or code";
                enumField(item).ifPresentOrElse(field -> item.put(field, "NOT-A-" + field.toUpperCase()),
                        () -> item.remove(endpoint.required().get(0)));
            }
            case 3 -> {
                name = "impossible time or date";
                timeField(item).ifPresentOrElse(field -> item.put(field, random.nextBoolean() ? "2022-13-45T99:61:00+07:00"
                        : "yesterday"), () -> item.remove(endpoint.required().get(0)));
            }
            case 4 -> {
                name = "over-long string";
                item.put(endpoint.required().get(0), NEW + "x".repeat(70_000));
            }
            case 5 -> {
                return new Request("bytes that are not UTF-8", "application/json", notUtf8(wrap(endpoint, item)));
            }
            case 6 -> {
                return new Request("nested 100,000 deep", "application/json",
                        ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.US_ASCII));
            }
            case 7 -> {
                return new Request("wrong content type", random.nextBoolean() ? "text/plain" : "application/xml",
                        wrap(endpoint, item));
            }
            case 8 -> {
                byte[] body = wrap(endpoint, item);
                byte[] cut = new byte[Math.max(1, body.length / 2)];
                System.arraycopy(body, 0, cut, 0, cut.length);
                return new Request("broken JSON", "application/json", random.nextBoolean() ? cut
                        : (new String(body, StandardCharsets.UTF_8) + "}{").getBytes(StandardCharsets.UTF_8));
            }
            case 9 -> {
                String[] empties = endpoint.batch() ? new String[] {"", "null", "{}", "\"text\""} : new String[] {"", "null", "[]", "42"};
                return new Request("empty or not an object", "application/json",
                        empties[random.nextInt(empties.length)].getBytes(StandardCharsets.UTF_8));
            }
            case 10 -> {
                name = "impossible number";
                numberField(item).ifPresentOrElse(field -> item.put(field, random.nextBoolean() ? -1 : 1.5),
                        () -> item.remove(endpoint.required().get(0)));
            }
            case 11 -> {
                name = "forbidden characters in an id";
                String id = endpoint.required().stream().filter(field -> field.endsWith("Id") || field.endsWith("ode"))
                        .findFirst().orElse(null);
                if (id == null) {
                    item.remove(endpoint.required().get(0));
                } else {
                    item.put(id, NEW + (random.nextBoolean() ? " id with spaces" : "';DROP TABLE unit;--"));
                }
            }
            default -> {
                if (endpoint.path().endsWith("/batch")) {
                    ArrayNode many = JSON.createArrayNode();
                    for (int i = 0; i < 1_001; i++) {
                        many.add(endpoint.template().apply(n * 2_000 + i));
                    }
                    return new Request("a batch of 1,001 items", "application/json", bytes(many));
                }
                name = "missing required field";
                item.remove(endpoint.required().get(0));
            }
        }
        return new Request(name, "application/json", wrap(endpoint, item));
    }

    private static boolean isProblem(GatewayClient.Answer answer) {
        if (answer.status() < 400 || answer.status() >= 500) {
            return false;
        }
        try {
            JsonNode problem = answer.json();
            return problem.path("status").asInt() == answer.status() && problem.hasNonNull("title")
                    && !answer.text().contains("Exception") && !answer.text().contains("\tat ");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean everyItemRejected(GatewayClient.Answer answer) {
        if (answer.status() != 202) {
            return false;
        }
        JsonNode results = answer.json();
        if (!results.isArray() || results.isEmpty()) {
            return false;
        }
        for (JsonNode result : results) {
            if (!result.path("outcome").asText().equals("REJECTED") || !result.hasNonNull("problem")) {
                return false;
            }
        }
        return true;
    }

    private static byte[] wrap(Endpoint endpoint, ObjectNode item) {
        return endpoint.batch() ? bytes(JSON.createArrayNode().add(item)) : bytes(item);
    }

    private static byte[] notUtf8(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        int quote = text.indexOf(":\"") + 2;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.substring(0, quote).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bytes.writeBytes(text.substring(quote).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static java.util.Optional<String> enumField(ObjectNode item) {
        return firstOf(item, "status", "channel", "kind", "tier", "system", "frequency", "role", "dueRule");
    }

    private static java.util.Optional<String> timeField(ObjectNode item) {
        return firstOf(item, "occurredAt", "paidAt", "submittedAt", "from", "since", "activeFrom", "dueAt");
    }

    private static java.util.Optional<String> numberField(ObjectNode item) {
        return firstOf(item, "amountVnd", "total");
    }

    private static java.util.Optional<String> firstOf(ObjectNode item, String... names) {
        for (String name : names) {
            if (item.has(name)) {
                return java.util.Optional.of(name);
            }
        }
        // none of them: the caller removes a required field instead, so that the request is still surely bad
        return java.util.Optional.empty();
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode event(int n, String unit) {
        return JSON.createObjectNode().put("eventId", NEW + "-e-" + n).put("dossierId", NEW + "-d-" + n)
                .put("status", "RECEIVED").put("occurredAt", "2022-03-01T08:00:00+07:00").put("unitCode", unit)
                .put("serviceCode", "TT.1700").put("channel", "DIRECT").put("dueAt", "2022-03-08T17:00:00+07:00");
    }

    private static ObjectNode payment(int n, String unit) {
        return JSON.createObjectNode().put("transactionId", NEW + "-t-" + n).put("unitCode", unit).put("field", "Hộ tịch")
                .put("kind", "FEE").put("amountVnd", 10_000).put("status", "SUCCESS")
                .put("paidAt", "2022-03-01T09:00:00+07:00").put("provider", "VNPT Pay");
    }

    private static ObjectNode report(String unit) {
        return JSON.createObjectNode().put("formCode", "II.01b").put("unitCode", unit).put("period", "2022-Q1")
                .put("submittedAt", "2022-04-05T09:00:00+07:00").put("channel", "ONLINE");
    }

    private static ObjectNode total(String unit) {
        return JSON.createObjectNode().put("unitCode", unit).put("from", "2022-03-01").put("to", "2022-04-01").put("total", 10);
    }

    private static ObjectNode unit(int n, String parent) {
        return JSON.createObjectNode().put("code", NEW + "-u-" + n).put("name", "Đơn vị thử").put("tier", "COMMUNE")
                .put("parentCode", parent);
    }

    private static ObjectNode service(int n) {
        ObjectNode service = JSON.createObjectNode().put("code", NEW + "-s-" + n).put("name", "Thủ tục thử")
                .put("field", "Hộ tịch").put("feeBearing", false);
        service.putArray("offerings").addObject().put("tier", "COMMUNE").put("level", 4);
        return service;
    }

    private static ObjectNode account() {
        return JSON.createObjectNode().put("enabled", true).put("provider", "VNPT Pay").put("since", "2022-01-01");
    }

    private static ObjectNode form(int n) {
        return JSON.createObjectNode().put("code", NEW + "-f-" + n).put("name", "Biểu thử").put("system", "GRIS")
                .put("frequency", "QUARTERLY").put("dueRule", "15D").put("assignedTier", "COMMUNE").put("activeFrom", "2022-01-01");
    }

    private static ObjectNode campaign() {
        ObjectNode campaign = JSON.createObjectNode().put("name", "Chiến dịch thử").put("from", "2022-06-01").put("to", "2022-09-01");
        campaign.putObject("targets").put("ONLINE_DOSSIER_SHARE", 50);
        return campaign;
    }

    private static ObjectNode apiKey(int n) {
        return JSON.createObjectNode().put("name", NEW + "-k-" + n).put("role", "portal");
    }

    /** What a fuzzing run must have left: nothing named {@code FZX}, nothing recorded for the units the templates use. */
    static Map<String, String> storedQueries(Map<String, String> units) {
        String commune = units.get("commune");
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("dossier events", "SELECT COUNT(*) FROM dossier.dossier_event WHERE event_id LIKE 'FZX%' OR dossier_id LIKE 'FZX%'");
        queries.put("dossiers", "SELECT COUNT(*) FROM dossier.dossier WHERE dossier_id LIKE 'FZX%'");
        queries.put("units", "SELECT COUNT(*) FROM dossier.unit WHERE code LIKE 'FZX%'");
        queries.put("services", "SELECT COUNT(*) FROM dossier.catalog_service WHERE code LIKE 'FZX%'");
        queries.put("payments", "SELECT COUNT(*) FROM payment.payment WHERE transaction_id LIKE 'FZX%' OR unit_code = '" + commune + "'");
        queries.put("payment accounts", "SELECT COUNT(*) FROM payment.payment_account WHERE unit_code = '" + commune + "'");
        queries.put("reports", "SELECT COUNT(*) FROM reporting.report_obligation WHERE unit_code = '" + commune
                + "' AND submitted_at IS NOT NULL");
        queries.put("unit totals", "SELECT COUNT(*) FROM reporting.dossier_total WHERE unit_code = '" + commune + "'");
        queries.put("report forms", "SELECT COUNT(*) FROM reporting.report_form WHERE code LIKE 'FZX%'");
        queries.put("campaigns", "SELECT COUNT(*) FROM kpi.kpi_campaign WHERE id LIKE 'FZX%'");
        queries.put("API keys", "SELECT COUNT(*) FROM gateway.api_key WHERE name LIKE 'FZX%'");
        return queries;
    }
}
