package vn.dvc.bench.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dvc.bench.baseline.BenchDatabase;
import vn.dvc.bench.driver.GatewayClient;
import vn.dvc.bench.driver.KafkaLag;
import vn.dvc.bench.driver.ServedFigures;
import vn.dvc.launcher.SuiteService;

/**
 * What must hold after every case, once the suite has drained (every consumer group at lag 0, every outbox empty):
 * each event, payment and report the stream carried is stored exactly once; the province's figures equal the
 * generator's; reconciliation recomputes them from the raw facts with no difference; every service is ready.
 */
final class Oracle {

    private static final List<String> OUTBOXES = List.of("dossier", "payment", "reporting", "kpi");

    private final GatewayClient gateway;
    private final BenchDatabase database;
    private final KafkaLag lag;
    private final Injector injector;

    Oracle(GatewayClient gateway, BenchDatabase database, KafkaLag lag, Injector injector) {
        this.gateway = gateway;
        this.database = database;
        this.lag = lag;
        this.injector = injector;
    }

    /** Until drained and the figures match, or the timeout; answers the drain check. */
    Check awaitDrained(CaseRun run, Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        String seen;
        do {
            long behind = lag.totalLag();
            long pending = pendingOutbox();
            boolean figures = served(run).matches();
            seen = "lag " + behind + ", outbox rows pending " + pending + ", figures " + (figures ? "equal" : "not yet equal");
            if (behind == 0 && pending == 0 && figures) {
                return Check.of("drained: consumers at lag 0, outboxes empty", true,
                        seen + " after " + Duration.between(start, Instant.now()).toSeconds() + " s");
            }
            injector.sleep(Duration.ofMillis(500));
        } while (Instant.now().isBefore(deadline));
        return Check.of("drained: consumers at lag 0, outboxes empty", false, seen + " when the " + timeout.toSeconds()
                + " s ran out");
    }

    List<Check> judge(CaseRun run) {
        List<Check> checks = new ArrayList<>();
        checks.add(exactlyOnce("every dossier event stored exactly once", run.generated().eventIds(),
                "SELECT event_id FROM dossier.dossier_event WHERE dossier_id LIKE ?", run.namespace() + "-%"));
        checks.add(exactlyOnce("every payment transaction stored exactly once", run.generated().transactionIds(),
                "SELECT transaction_id FROM payment.payment WHERE dossier_id LIKE ?", run.namespace() + "-%"));
        checks.add(exactlyOnce("every report stored exactly once", run.generated().reports(),
                "SELECT CONCAT(form_code, '|', COALESCE(indicator_code, ''), '|', unit_code, '|', period) "
                        + "FROM reporting.report_obligation WHERE submitted_at IS NOT NULL AND unit_code LIKE ?",
                run.namespace() + "%"));
        ServedFigures figures = served(run);
        checks.add(Check.of("indicators equal the generator's figures", figures.matches(),
                "served " + figures.served() + (figures.matches() ? "" : ", expected " + figures.expected())));
        checks.add(reconciled(run));
        checks.add(Check.of("no item refused", run.ingest().refused() == 0,
                run.ingest().refused() + " refused" + (run.ingest().problems().isEmpty() ? "" : ": " + run.ingest().problems().get(0))));
        checks.add(readyCheck());
        return checks;
    }

    private ServedFigures served(CaseRun run) {
        return ServedFigures.read(gateway, run.namespace(), run.from(), run.to(), run.stream().expected());
    }

    /** The stored ids against the generated set: none missing, none extra; the key makes each row unique. */
    private Check exactlyOnce(String what, Set<String> generated, String sql, String pattern) {
        List<String> stored = query(sql, pattern);
        Set<String> distinct = new HashSet<>(stored);
        Set<String> missing = new HashSet<>(generated);
        missing.removeAll(distinct);
        Set<String> extra = new HashSet<>(distinct);
        extra.removeAll(generated);
        boolean held = missing.isEmpty() && extra.isEmpty() && distinct.size() == stored.size();
        return Check.of(what, held, String.format("%,d generated, %,d stored (%,d distinct), %d missing, %d unexpected%s",
                generated.size(), stored.size(), distinct.size(), missing.size(), extra.size(),
                missing.isEmpty() ? "" : ", e.g. " + missing.iterator().next()));
    }

    private Check reconciled(CaseRun run) {
        GatewayClient.Answer answer = gateway.post("ops", "/kpis/reconcile?unit=" + run.namespace() + "&from=" + run.from()
                + "&to=" + run.to(), new byte[0], "Idempotency-Key", UUID.randomUUID().toString());
        if (!answer.ok()) {
            return Check.of("reconciliation from raw facts finds no difference", false, "HTTP " + answer.status() + " " + answer.text());
        }
        long differences = answer.json().path("differences").asLong(-1);
        long compared = answer.json().path("rowsCompared").asLong();
        // Nothing compared would prove nothing: the province's rows must be there to be checked.
        return Check.of("reconciliation from raw facts finds no difference", differences == 0 && compared > 0,
                differences + " differences over " + compared + " summary rows from "
                        + answer.json().path("dossiers").asLong() + " dossiers"
                        + (differences == 0 ? "" : ": " + answer.json().path("listed").path(0)));
    }

    Check readyCheck() {
        List<String> notReady = new ArrayList<>();
        for (SuiteService service : SuiteService.startOrder()) {
            int status = injector.readiness(service);
            if (status != 200) {
                notReady.add(service.module() + " " + status);
            }
        }
        return Check.of("every service ready", notReady.isEmpty(), notReady.isEmpty() ? "all five answer 200" : String.join(", ", notReady));
    }

    long pendingOutbox() {
        long pending = 0;
        for (String schema : OUTBOXES) {
            pending += Long.parseLong(query("SELECT COUNT(*) FROM " + schema + ".outbox_record WHERE published_at IS NULL", null).get(0));
        }
        return pending;
    }

    List<String> query(String sql, String parameter) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Oracle query failed: " + e.getMessage(), e);
        }
    }
}
