package vn.dvc.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;

/** Report obligations (table report_obligation), read and written in batches. */
@ApplicationScoped
public class ObligationRepository {

    private static final String COLUMNS = "o.obligation_id, o.form_code, o.indicator_code, o.unit_code, o.period, "
            + "o.deadline, o.expected, o.submitted_at, o.channel, o.version";

    private final Jdbc jdbc;

    public ObligationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The form's obligations of these units. */
    public Map<String, Obligation> ofForm(String formCode, Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        List<Object> parameters = new ArrayList<>(List.of(formCode));
        parameters.addAll(unitCodes);
        return byId(jdbc.rows("SELECT " + COLUMNS + " FROM report_obligation o WHERE o.form_code = ? AND o.unit_code IN ("
                + Jdbc.placeholders(unitCodes.size()) + ")", parameters));
    }

    /** The units that still owe the form something. */
    public List<String> unitsOwing(String formCode) {
        return jdbc.rows("SELECT DISTINCT unit_code FROM report_obligation WHERE form_code = ? AND expected",
                List.of(formCode)).stream().map(row -> row.string("unit_code")).toList();
    }

    public Map<String, Obligation> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return byId(jdbc.rows("SELECT " + COLUMNS + " FROM report_obligation o WHERE o.obligation_id IN ("
                + Jdbc.placeholders(ids.size()) + ")", List.copyOf(ids)));
    }

    public void insert(List<Obligation> obligations, Instant now) {
        jdbc.batch("INSERT INTO report_obligation (obligation_id, form_code, indicator_code, unit_code, period, deadline, "
                        + "expected, submitted_at, channel, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                obligations.stream().<List<?>>map(o -> Arrays.asList(o.id(), o.formCode(), o.indicatorCode(),
                        o.unitCode(), o.period(), Timestamp.from(o.deadline()), o.expected(), timestamp(o.submittedAt()),
                        o.channel(), o.version(), Timestamp.from(now))).toList());
    }

    public void update(List<Obligation> obligations, Instant now) {
        jdbc.batch("UPDATE report_obligation SET deadline = ?, expected = ?, submitted_at = ?, channel = ?, version = ?, "
                        + "updated_at = ? WHERE obligation_id = ?",
                obligations.stream().<List<?>>map(o -> Arrays.asList(Timestamp.from(o.deadline()), o.expected(),
                        timestamp(o.submittedAt()), o.channel(), o.version(), Timestamp.from(now), o.id())).toList());
    }

    /** The obligations still owed that match: by period instance name, or by deadline in [from, to). */
    public List<Obligation> expected(Selection selection) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM report_obligation o "
                + "JOIN report_form f ON f.code = o.form_code WHERE o.expected");
        List<Object> parameters = new ArrayList<>();
        if (selection.system() != null) {
            sql.append(" AND f.report_system = ?");
            parameters.add(selection.system());
        }
        if (selection.formCode() != null) {
            sql.append(" AND o.form_code = ?");
            parameters.add(selection.formCode());
        }
        if (selection.unitPath() != null) {
            sql.append(" AND o.unit_code IN (SELECT code FROM unit_copy WHERE path = ? OR path LIKE ?)");
            parameters.add(selection.unitPath());
            parameters.add(UnitCopy.belowPath(selection.unitPath()));
        }
        if (selection.period() != null) {
            sql.append(" AND o.period = ?");
            parameters.add(selection.period());
        } else {
            sql.append(" AND o.deadline >= ? AND o.deadline < ?");
            parameters.add(Timestamp.from(selection.from()));
            parameters.add(Timestamp.from(selection.to()));
        }
        sql.append(" ORDER BY o.form_code, o.period, o.unit_code, o.indicator_code");
        return jdbc.rows(sql.toString(), parameters).stream().map(ObligationRepository::obligationOf).toList();
    }

    /** What to count: every filter optional but one of period or [from, to). */
    public record Selection(String system, String formCode, String unitPath, String period, Instant from, Instant to) {
    }

    private static Map<String, Obligation> byId(List<Row> rows) {
        Map<String, Obligation> obligations = new HashMap<>();
        rows.forEach(row -> {
            Obligation obligation = obligationOf(row);
            obligations.put(obligation.id(), obligation);
        });
        return obligations;
    }

    private static Obligation obligationOf(Row row) {
        return new Obligation(row.string("obligation_id"), row.string("form_code"), row.string("indicator_code"),
                row.string("unit_code"), row.string("period"), row.instant("deadline"), row.bool("expected"),
                row.instant("submitted_at"), row.string("channel"), row.longValue("version"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
