package vn.dvc.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.reporting.rules.DueRule;
import vn.dvc.reporting.rules.Frequency;
import vn.dvc.reporting.rules.ReportForm.FormIndicator;
import vn.dvc.reporting.rules.ReportForm;
import vn.dvc.reporting.rules.ReportSystem;

/** Report forms with their assignees and indicators (tables report_form, report_form_assignee, report_form_indicator). */
@ApplicationScoped
public class ReportFormRepository {

    private static final String FORM_COLUMNS = "code, name, report_system, frequency, due_rule, active_from, active_to";

    private final Jdbc jdbc;

    public ReportFormRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportForm> find(String code) {
        return Optional.ofNullable(byCodes(List.of(code)).get(code));
    }

    public List<ReportForm> all() {
        return List.copyOf(load("SELECT " + FORM_COLUMNS + " FROM report_form ORDER BY code", List.of()).values());
    }

    public Map<String, ReportForm> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return load("SELECT " + FORM_COLUMNS + " FROM report_form WHERE code IN (" + Jdbc.placeholders(codes.size())
                + ") ORDER BY code", List.copyOf(codes));
    }

    /** Holds the forms (in code order, so two holders never wait on each other) until the transaction ends. */
    public void lock(Collection<String> codes) {
        List<String> sorted = codes.stream().distinct().sorted().toList();
        if (!sorted.isEmpty()) {
            jdbc.rows("SELECT code FROM report_form WHERE code IN (" + Jdbc.placeholders(sorted.size())
                    + ") ORDER BY code FOR UPDATE", sorted);
        }
    }

    public void save(ReportForm form, Instant now) {
        jdbc.update("INSERT INTO report_form (code, name, report_system, frequency, due_rule, active_from, active_to, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name), "
                        + "report_system = VALUES(report_system), frequency = VALUES(frequency), "
                        + "due_rule = VALUES(due_rule), active_from = VALUES(active_from), "
                        + "active_to = VALUES(active_to), updated_at = VALUES(updated_at)",
                Arrays.asList(form.code(), form.name(), form.system().name(), form.frequency().name(),
                        form.dueRule().toString(), Date.valueOf(form.activeFrom()),
                        form.activeTo() == null ? null : Date.valueOf(form.activeTo()), Timestamp.from(now)));
        jdbc.update("DELETE FROM report_form_assignee WHERE form_code = ?", List.of(form.code()));
        List<List<?>> assignees = new ArrayList<>();
        form.tiers().forEach(tier -> assignees.add(List.of(form.code(), tier, "")));
        form.units().forEach(unit -> assignees.add(List.of(form.code(), "", unit)));
        jdbc.batch("INSERT INTO report_form_assignee (form_code, assigned_tier, unit_code) VALUES (?, ?, ?)", assignees);
        jdbc.update("DELETE FROM report_form_indicator WHERE form_code = ?", List.of(form.code()));
        jdbc.batch("INSERT INTO report_form_indicator (form_code, indicator_code, name, unit_code) VALUES (?, ?, ?, ?)",
                form.indicators().stream().<List<?>>map(indicator -> List.of(form.code(), indicator.code(),
                        indicator.name(), indicator.unitCode() == null ? "" : indicator.unitCode())).toList());
    }

    private Map<String, ReportForm> load(String sql, List<?> parameters) {
        List<Row> rows = jdbc.rows(sql, parameters);
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<String> codes = rows.stream().map(row -> row.string("code")).toList();
        String in = " IN (" + Jdbc.placeholders(codes.size()) + ")";
        Map<String, LinkedHashSet<String>> tiers = new LinkedHashMap<>();
        Map<String, LinkedHashSet<String>> units = new LinkedHashMap<>();
        for (Row row : jdbc.rows("SELECT form_code, assigned_tier, unit_code FROM report_form_assignee WHERE form_code"
                + in + " ORDER BY form_code, assigned_tier, unit_code", codes)) {
            String tier = row.string("assigned_tier");
            if (!tier.isEmpty()) {
                tiers.computeIfAbsent(row.string("form_code"), code -> new LinkedHashSet<>()).add(tier);
            } else {
                units.computeIfAbsent(row.string("form_code"), code -> new LinkedHashSet<>()).add(row.string("unit_code"));
            }
        }
        Map<String, List<FormIndicator>> indicators = new LinkedHashMap<>();
        for (Row row : jdbc.rows("SELECT form_code, indicator_code, name, unit_code FROM report_form_indicator "
                + "WHERE form_code" + in + " ORDER BY form_code, indicator_code", codes)) {
            String unit = row.string("unit_code");
            indicators.computeIfAbsent(row.string("form_code"), code -> new ArrayList<>())
                    .add(new FormIndicator(row.string("indicator_code"), row.string("name"), unit.isEmpty() ? null : unit));
        }
        Map<String, ReportForm> forms = new LinkedHashMap<>();
        for (Row row : rows) {
            String code = row.string("code");
            forms.put(code, new ReportForm(code, row.string("name"), ReportSystem.valueOf(row.string("report_system")),
                    Frequency.valueOf(row.string("frequency")), DueRule.parse(row.string("due_rule")).orElseThrow(),
                    row.day("active_from"), row.day("active_to"), tiers.getOrDefault(code, new LinkedHashSet<>()),
                    units.getOrDefault(code, new LinkedHashSet<>()), indicators.getOrDefault(code, List.of())));
        }
        return forms;
    }

}
