package vn.dvc.kpi.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.kpi.model.CampaignRequest;
import vn.dvc.kpi.model.CampaignView;

/** Campaigns and their targets as stored: {@code kpi_campaign} and {@code kpi_campaign_target}. */
@ApplicationScoped
public class CampaignStore {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public CampaignStore(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Whether the campaign is stored, and the province that owns it (empty: a national campaign). */
    public Optional<Optional<String>> ownerOf(String id) {
        List<Row> owner = jdbc.rows("SELECT province FROM kpi_campaign WHERE id = ?", List.of(id));
        return owner.isEmpty() ? Optional.empty() : Optional.of(Optional.ofNullable(owner.get(0).string("province")));
    }

    /** Stores the campaign with exactly these targets (those stored before and not named are removed). */
    public void save(String id, CampaignRequest request, LocalDate from, LocalDate to, Map<String, LocalDate> judgedOn,
                     List<CampaignRequest.UnitTarget> unitTargets, String province) {
        jdbc.update("INSERT INTO kpi_campaign (id, name, start_day, end_day, updated_at, province) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE name = VALUES(name), start_day = VALUES(start_day), end_day = VALUES(end_day), "
                + "updated_at = VALUES(updated_at)", Arrays.asList(id, request.name(), Date.valueOf(from), Date.valueOf(to),
                Timestamp.from(Instant.now()), province));
        jdbc.update("DELETE FROM kpi_campaign_target WHERE campaign_id = ?", List.of(id));
        List<List<?>> rows = new ArrayList<>();
        Map<String, CampaignRequest.TargetRule> rules = request.targetRules() == null ? Map.of() : request.targetRules();
        request.targets().forEach((code, target) -> {
            CampaignRequest.TargetRule rule = rules.get(code);
            LocalDate judged = judgedOn.get(code);
            rows.add(Arrays.asList(id, code, "", target, rule == null || rule.appliesTo() == null ? null : write(rule.appliesTo()),
                    judged == null ? null : Date.valueOf(judged)));
        });
        unitTargets.forEach(t -> rows.add(Arrays.asList(id, t.indicator(), t.unit(), t.target(), null, null)));
        jdbc.batch("INSERT INTO kpi_campaign_target (campaign_id, indicator, unit_code, target, applies_to, judged_on) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE target = VALUES(target)", rows);
    }

    public Optional<CampaignView> find(String id) {
        List<Row> campaign = jdbc.rows("SELECT id, name, start_day, end_day FROM kpi_campaign WHERE id = ?", List.of(id));
        if (campaign.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> targets = new TreeMap<>();
        Map<String, CampaignRequest.TargetRule> rules = new TreeMap<>();
        List<CampaignRequest.UnitTarget> unitTargets = new ArrayList<>();
        jdbc.forEach("SELECT indicator, unit_code, target, applies_to, judged_on FROM kpi_campaign_target WHERE campaign_id = ? "
                + "ORDER BY unit_code, indicator", List.of(id), target -> {
                    String indicator = target.string("indicator");
                    BigDecimal value = target.decimal("target");
                    if (!target.string("unit_code").isEmpty()) {
                        unitTargets.add(new CampaignRequest.UnitTarget(target.string("unit_code"), indicator, value));
                        return;
                    }
                    targets.put(indicator, value);
                    if (target.string("applies_to") != null || target.value("judged_on") != null) {
                        rules.put(indicator, new CampaignRequest.TargetRule(target.string("applies_to") == null ? null
                                : read(target.string("applies_to")), target.day("judged_on") == null ? null : target.day("judged_on").toString()));
                    }
                });
        Row row = campaign.get(0);
        return Optional.of(new CampaignView(row.string("id"), row.string("name"), row.day("start_day"), row.day("end_day"),
                targets, unitTargets, rules));
    }

    /** Every campaign's id, the latest first. */
    public List<String> ids() {
        return jdbc.rows("SELECT id FROM kpi_campaign ORDER BY start_day DESC, id", List.of()).stream()
                .map(row -> row.string("id")).toList();
    }

    private String write(CampaignRequest.Scope scope) {
        try {
            return json.writeValueAsString(scope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A target's scope could not be written", e);
        }
    }

    private CampaignRequest.Scope read(String scope) {
        try {
            return json.readValue(scope, CampaignRequest.Scope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored target's scope is unreadable", e);
        }
    }
}
