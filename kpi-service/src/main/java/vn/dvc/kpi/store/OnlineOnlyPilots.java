package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.kpi.model.FlaggedReceipts.FlaggedReceipt;
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

    /** The receipts of these services and units in [from, to) not made online, the latest first, one page. */
    public List<FlaggedReceipt> receiptsNotOnline(List<String> services, Collection<String> unitCodes, LocalDate from,
                                                  LocalDate to, int page, int size) {
        List<Object> parameters = new ArrayList<>(services);
        parameters.add(Date.valueOf(from));
        parameters.add(Date.valueOf(to));
        parameters.addAll(unitCodes);
        parameters.add(size);
        parameters.add(page * size);
        return jdbc.rows("SELECT dossier_id, unit_code, service_code, channel, received_day FROM kpi_dossier "
                        + "WHERE service_code IN (" + Jdbc.placeholders(services.size()) + ") AND received_day >= ? "
                        + "AND received_day < ? AND unit_code IN (" + Jdbc.placeholders(unitCodes.size()) + ") "
                        + "AND (channel IS NULL OR channel <> 'ONLINE') ORDER BY received_day DESC, dossier_id LIMIT ? OFFSET ?",
                parameters).stream()
                .map(row -> new FlaggedReceipt(row.string("dossier_id"), row.string("unit_code"), row.string("service_code"),
                        row.string("channel"), row.day("received_day"))).toList();
    }

    /** Each day's use of these services by these units in [from, to), as the summary rows hold it. */
    public void offeringUse(Collection<String> unitCodes, List<String> services, LocalDate from, LocalDate to,
                            Consumer<OfferingDay> action) {
        List<Object> parameters = new ArrayList<>(unitCodes);
        parameters.add(Date.valueOf(from));
        parameters.add(Date.valueOf(to));
        parameters.addAll(services);
        jdbc.forEach("SELECT unit_code, service_code, day, online_dossiers, dossiers FROM kpi_offering_use WHERE unit_code IN ("
                        + Jdbc.placeholders(unitCodes.size()) + ") AND day >= ? AND day < ? AND service_code IN ("
                        + Jdbc.placeholders(services.size()) + ")", parameters,
                row -> action.accept(new OfferingDay(row.string("unit_code"), row.string("service_code"), row.day("day"),
                        row.longValue("online_dossiers"), row.longValue("dossiers"))));
    }

    /** One unit's use of one service on one day. */
    public record OfferingDay(String unitCode, String serviceCode, LocalDate day, long onlineDossiers, long dossiers) {
    }
}
