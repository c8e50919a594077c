package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.dvc.dossier.imports.ImportKind;

/**
 * Rows of payments into payment-service's own batch intake ({@code POST /payments/batch}: its rules, its idempotency
 * by transaction and status). Its transaction is its own: the import's place commits after its answer, so a crash
 * in between sends the chunk again and its rows, already taken, come back as duplicates — counted so, the figures
 * unmoved (docs/imports.md).
 */
@ApplicationScoped
public class PaymentSink implements ImportSink {

    private final PeerCalls peers;
    private final ObjectMapper json;

    public PaymentSink(PeerCalls peers, ObjectMapper json) {
        this.peers = peers;
        this.json = json;
    }

    @Override
    public String kind() {
        return ImportKind.PAYMENTS.name();
    }

    @Override
    public void take(List<ObjectNode> items, Consumer<List<RowOutcome>> commit) {
        ArrayNode batch = json.createArrayNode().addAll(items);
        PeerCalls.Answer answer = peers.post("payment", "/api/v1/payments/batch", batch);
        if (answer.status() != 202) {
            throw new IllegalStateException("payment-service answered " + answer.status());
        }
        List<RowOutcome> outcomes = new ArrayList<>();
        for (JsonNode outcome : answer.body()) {
            outcomes.add(PeerOutcomes.of(outcome.path("outcome").asText(), outcome.path("problem"), json));
        }
        QuarkusTransaction.requiringNew().run(() -> commit.accept(outcomes));
    }
}
