package vn.dvc.kpi.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.quality.FeedbackItemChanged;
import vn.dvc.contracts.quality.QualityEvent;
import vn.dvc.kpi.service.Scope;
import vn.dvc.rules.feedback.FeedbackItem;

/**
 * The latest version of each feedback item ({@code kpi_feedback}): a stale or repeated one changes nothing. Its unit is
 * the one whose remit it is in now (the latest transfer's).
 */
@ApplicationScoped
public class FeedbackFacts {

    private static final TypeReference<List<FeedbackItem.Step>> STEPS = new TypeReference<>() {
    };

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public FeedbackFacts(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<QualityEvent> events) {
        Map<String, FeedbackItemChanged> newest = new LinkedHashMap<>();
        events.stream().filter(FeedbackItemChanged.class::isInstance).map(FeedbackItemChanged.class::cast)
                .forEach(item -> newest.merge(item.itemId(), item, (a, b) -> a.version() >= b.version() ? a : b));
        List<List<?>> rows = new ArrayList<>();
        for (FeedbackItemChanged changed : newest.values()) {
            FeedbackItem item = FeedbackItem.of(changed);
            rows.add(Arrays.asList(item.id(), changed.version(), item.unitInRemit(), Timestamp.from(item.receivedAt()),
                    Date.valueOf(item.receivedDay()), write(item.steps()), item.likes(), item.dislikes(), item.reRaised(),
                    item.dossierId()));
        }
        // each column takes the newer version's value; version itself last, or the others would compare with the new one
        jdbc.batch("INSERT INTO kpi_feedback (item_id, version, unit_code, received_at, received_day, steps, likes, dislikes, "
                + "re_raised, dossier_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                + String.join(", ", List.of("unit_code", "received_at", "received_day", "steps", "likes", "dislikes", "re_raised",
                        "dossier_id").stream().map(column -> column + " = IF(VALUES(version) > version, VALUES(" + column + "), "
                        + column + ")").toList()) + ", version = GREATEST(version, VALUES(version))", rows);
    }

    /** The items of the scope's units (of its tier only, when it has one) first received in {@code [from, to)}. */
    public List<FeedbackItem> receivedIn(Scope scope, LocalDate from, LocalDate to) {
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        String inScope = "";
        if (!scope.wholeTree()) {
            inScope = " AND unit_code IN (SELECT s.code FROM unit_copy s WHERE s.code = ? OR s.path LIKE ?)";
            parameters.addAll(List.of(scope.unitCode(), UnitCopy.belowPath(scope.path())));
        }
        if (scope.tier() != null) {
            inScope += " AND unit_code IN (SELECT t.code FROM unit_copy t WHERE t.tier = ?)";
            parameters.add(scope.tier().name());
        }
        return jdbc.rows("SELECT item_id, unit_code, received_at, steps, likes, dislikes, re_raised, dossier_id FROM kpi_feedback "
                + "WHERE received_day >= ? AND received_day < ?" + inScope, parameters).stream().map(this::itemOf).toList();
    }

    private FeedbackItem itemOf(Row row) {
        try {
            return new FeedbackItem(row.string("item_id"), row.string("unit_code"), row.instant("received_at"),
                    json.readValue(row.string("steps"), STEPS), row.intValue("likes"), row.intValue("dislikes"),
                    row.bool("re_raised"), row.string("dossier_id"));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("The stored steps of feedback item " + row.string("item_id") + " cannot be read", unreadable);
        }
    }

    private String write(List<FeedbackItem.Step> steps) {
        try {
            return json.writeValueAsString(steps);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("Feedback steps cannot be written", unwritable);
        }
    }
}
