package vn.dvc.kpi.pilot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.kpi.model.OnlineOnlyRequest;
import vn.dvc.kpi.model.OnlineOnlyView;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

/** Each campaign's online-only pilot: its first day, services and units. */
@ApplicationScoped
public class OnlineOnlyPilots {

    private final Jdbc jdbc;
    private final UnitCopy units;

    public OnlineOnlyPilots(Jdbc jdbc, UnitCopy units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Creates or replaces the pilot; unknown services or units are named and nothing is stored. */
    @Transactional
    public OnlineOnlyView put(String campaignId, OnlineOnlyRequest request) {
        if (jdbc.rows("SELECT id FROM kpi_campaign WHERE id = ?", List.of(campaignId)).isEmpty()) {
            throw ProblemException.notFound("Campaign " + campaignId + " is not known");
        }
        LocalDate from = LocalDates.parse("from", request.from());
        List<String> services = request.services().stream().distinct().toList();
        List<String> pilotUnits = request.units().stream().distinct().toList();
        Set<String> knownServices = new HashSet<>();
        jdbc.rows("SELECT DISTINCT service_code FROM kpi_offering WHERE service_code IN (" + Jdbc.placeholders(services.size())
                + ")", services).forEach(row -> knownServices.add(row.string("service_code")));
        Set<String> knownUnits = units.byCodes(pilotUnits).keySet();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.services().size(); i++) {
            if (!knownServices.contains(request.services().get(i))) {
                violations.add(new Violation("services[" + i + "]", "service " + request.services().get(i) + " is not in the catalogue"));
            }
        }
        for (int i = 0; i < request.units().size(); i++) {
            if (!knownUnits.contains(request.units().get(i))) {
                violations.add(new Violation("units[" + i + "]", "unit " + request.units().get(i) + " is not known"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.unprocessable(violations));
        }
        jdbc.update("DELETE FROM kpi_online_only_pilot WHERE campaign_id = ?", List.of(campaignId));
        jdbc.update("INSERT INTO kpi_online_only_pilot (campaign_id, starts_on, updated_at) VALUES (?, ?, ?)",
                List.of(campaignId, Date.valueOf(from), Timestamp.from(Instant.now())));
        jdbc.batch("INSERT INTO kpi_online_only_service (campaign_id, service_code) VALUES (?, ?)",
                services.stream().<List<?>>map(code -> List.of(campaignId, code)).toList());
        jdbc.batch("INSERT INTO kpi_online_only_unit (campaign_id, unit_code) VALUES (?, ?)",
                pilotUnits.stream().<List<?>>map(code -> List.of(campaignId, code)).toList());
        return find(campaignId).orElseThrow();
    }

    public Optional<OnlineOnlyView> find(String campaignId) {
        List<Row> pilot = jdbc.rows("SELECT starts_on FROM kpi_online_only_pilot WHERE campaign_id = ?", List.of(campaignId));
        if (pilot.isEmpty()) {
            return Optional.empty();
        }
        List<String> services = jdbc.rows("SELECT service_code FROM kpi_online_only_service WHERE campaign_id = ? "
                + "ORDER BY service_code", List.of(campaignId)).stream().map(row -> row.string("service_code")).toList();
        List<String> pilotUnits = jdbc.rows("SELECT unit_code FROM kpi_online_only_unit WHERE campaign_id = ? ORDER BY unit_code",
                List.of(campaignId)).stream().map(row -> row.string("unit_code")).toList();
        return Optional.of(new OnlineOnlyView(campaignId, pilot.get(0).day("starts_on"), services, pilotUnits));
    }
}
