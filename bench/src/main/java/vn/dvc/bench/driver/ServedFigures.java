package vn.dvc.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dvc.bench.stream.Expected;

/**
 * The province's figures as {@code GET /kpis} serves them for the stream's window, set against what the generator
 * knows they must be: dossiers received and online (K2), resolved and late (K5), successful online payments and
 * their amount. All equal means every item was stored once, published, consumed and counted once.
 */
public record ServedFigures(Map<String, Long> served, Map<String, Long> expected) {

    public static ServedFigures read(GatewayClient gateway, String unit, LocalDate from, LocalDate to, Expected expected) {
        GatewayClient.Answer answer = gateway.get("ministry", "/kpis?unit=" + unit + "&from=" + from + "&to=" + to);
        ReferenceData.expectOk("GET /kpis", answer);
        Map<String, JsonNode> indicators = new LinkedHashMap<>();
        answer.json().path("indicators").forEach(indicator -> indicators.put(indicator.path("code").asText(), indicator));
        Map<String, Long> served = new LinkedHashMap<>();
        served.put("received", indicators.get("ONLINE_DOSSIER_SHARE").path("denominator").asLong());
        served.put("receivedOnline", indicators.get("ONLINE_DOSSIER_SHARE").path("numerator").asLong());
        served.put("resolved", indicators.get("ON_TIME_RESOLUTION").path("denominator").asLong());
        served.put("resolvedLate", indicators.get("ON_TIME_RESOLUTION").path("breakdown").path("late").asLong());
        served.put("payments", indicators.get("PAYMENT_AMOUNT_VND").path("breakdown").path("payments").asLong());
        served.put("paymentAmountVnd", indicators.get("PAYMENT_AMOUNT_VND").path("value").asLong());
        return new ServedFigures(served, expectedOf(expected));
    }

    private static Map<String, Long> expectedOf(Expected expected) {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("received", expected.received());
        figures.put("receivedOnline", expected.receivedOnline());
        figures.put("resolved", expected.resolved());
        figures.put("resolvedLate", expected.resolvedLate());
        figures.put("payments", expected.payments());
        figures.put("paymentAmountVnd", expected.paymentAmount().min(BigInteger.valueOf(Long.MAX_VALUE)).longValue());
        return figures;
    }

    public boolean matches() {
        return served.equals(expected);
    }
}
