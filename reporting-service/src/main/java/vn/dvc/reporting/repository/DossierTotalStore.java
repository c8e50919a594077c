package vn.dvc.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.web.LocalTime;
import vn.dvc.reporting.model.DossierTotalRequest;
import vn.dvc.reporting.model.DossierTotalView;

import java.util.Optional;

/** Units' self-reported dossier totals as stored (table dossier_total), one row per unit and period. */
@ApplicationScoped
public class DossierTotalStore {

    private static final String COLUMNS = "unit_code, from_day, to_day, total, source, version, reported_at";

    private final Jdbc jdbc;

    public DossierTotalStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's total for exactly this period, locked until the transaction ends. */
    public Optional<DossierTotalView> locked(String unitCode, LocalDate from, LocalDate to) {
        return read(" WHERE unit_code = ? AND from_day = ? AND to_day = ? FOR UPDATE",
                List.of(unitCode, Date.valueOf(from), Date.valueOf(to))).stream().findFirst();
    }

    public void insert(DossierTotalRequest request, Instant now) {
        jdbc.update("INSERT INTO dossier_total (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, 1, ?)",
                Arrays.asList(request.unitCode(), Date.valueOf(request.from()), Date.valueOf(request.to()),
                        request.total(), request.source(), Timestamp.from(now)));
    }

    /** Replaces the stored total of the request's unit and period, one version later. */
    public void update(DossierTotalRequest request, Instant now) {
        jdbc.update("UPDATE dossier_total SET total = ?, source = ?, version = version + 1, reported_at = ? "
                + "WHERE unit_code = ? AND from_day = ? AND to_day = ?", Arrays.asList(request.total(), request.source(),
                Timestamp.from(now), request.unitCode(), Date.valueOf(request.from()), Date.valueOf(request.to())));
    }

    /** The totals for periods overlapping [from, to), of the units under a tree path (every unit when empty). */
    public List<DossierTotalView> overlapping(Optional<String> subtreePath, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder(" WHERE from_day < ? AND to_day > ?");
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(to), Date.valueOf(from)));
        subtreePath.ifPresent(path -> {
            where.append(" AND unit_code IN (SELECT code FROM unit_copy WHERE path = ? OR path LIKE ?)");
            parameters.add(path);
            parameters.add(UnitCopy.belowPath(path));
        });
        return read(where + " ORDER BY unit_code, from_day, to_day", parameters);
    }

    private List<DossierTotalView> read(String condition, List<?> parameters) {
        return jdbc.rows("SELECT " + COLUMNS + " FROM dossier_total" + condition, parameters).stream()
                .map(row -> new DossierTotalView(row.string("unit_code"), row.day("from_day"), row.day("to_day"),
                        row.longValue("total"), row.string("source"), row.longValue("version"),
                        LocalTime.of(row.instant("reported_at")), null)).toList();
    }
}
