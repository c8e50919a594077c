package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.quality.ApplicantKind;
import vn.dvc.contracts.quality.ContentPart;
import vn.dvc.contracts.quality.ProcedurePublicationChanged;
import vn.dvc.contracts.quality.PublicationChange;
import vn.dvc.contracts.quality.QualityEvent;
import vn.dvc.kpi.service.Scope;

/** The latest version of each procedure publication ({@code kpi_publication}): a stale or repeated one changes nothing. */
@ApplicationScoped
public class PublicationFacts {

    private static final List<String> COLUMNS = List.of("procedure_code", "unit_code", "decision_number", "decided_on", "change_kind",
            "legal_basis_effective_on", "published_at", "content_parts", "applicant_kinds");

    private final Jdbc jdbc;

    public PublicationFacts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<QualityEvent> events) {
        Map<String, ProcedurePublicationChanged> newest = new LinkedHashMap<>();
        events.stream().filter(ProcedurePublicationChanged.class::isInstance).map(ProcedurePublicationChanged.class::cast)
                .forEach(record -> newest.merge(record.publicationId(), record, (a, b) -> a.version() >= b.version() ? a : b));
        List<List<?>> rows = new ArrayList<>();
        for (ProcedurePublicationChanged record : newest.values()) {
            rows.add(Arrays.asList(record.publicationId(), record.version(), record.procedureCode(), record.unitCode(),
                    record.decisionNumber(), Date.valueOf(record.decidedOn()), record.change().name(),
                    record.legalBasisEffectiveOn() == null ? null : Date.valueOf(record.legalBasisEffectiveOn()),
                    record.publishedAt() == null ? null : Timestamp.from(record.publishedAt()), names(record.contentParts()),
                    names(record.applicantKinds())));
        }
        // each column takes the newer version's value; version itself last, or the others would compare with the new one
        jdbc.batch("INSERT INTO kpi_publication (publication_id, version, " + String.join(", ", COLUMNS) + ") VALUES ("
                + Jdbc.placeholders(COLUMNS.size() + 2) + ") ON DUPLICATE KEY UPDATE " + COLUMNS.stream().map(column -> column
                + " = IF(VALUES(version) > version, VALUES(" + column + "), " + column + ")").collect(Collectors.joining(", "))
                + ", version = GREATEST(version, VALUES(version))", rows);
    }

    /** Every record published by the scope's units. */
    public List<ProcedurePublicationChanged> of(Scope scope) {
        List<Object> parameters = new ArrayList<>();
        String inScope = "";
        if (!scope.wholeTree()) {
            inScope = " WHERE unit_code IN (SELECT s.code FROM unit_copy s WHERE s.code = ? OR s.path LIKE ?)";
            parameters.addAll(List.of(scope.unitCode(), UnitCopy.belowPath(scope.path())));
        }
        return jdbc.rows("SELECT publication_id, version, " + String.join(", ", COLUMNS) + " FROM kpi_publication" + inScope, parameters)
                .stream().map(PublicationFacts::recordOf).toList();
    }

    private static ProcedurePublicationChanged recordOf(Row row) {
        Instant published = row.instant("published_at");
        return new ProcedurePublicationChanged(null, null, row.string("publication_id"), row.longValue("version"),
                row.string("procedure_code"), row.string("unit_code"), row.string("decision_number"), row.day("decided_on"),
                PublicationChange.valueOf(row.string("change_kind")), row.day("legal_basis_effective_on"), published,
                constants(row.string("content_parts"), ContentPart::valueOf), constants(row.string("applicant_kinds"), ApplicantKind::valueOf));
    }

    private static String names(List<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E> List<E> constants(String names, Function<String, E> valueOf) {
        return names.isEmpty() ? List.of() : Arrays.stream(names.split(",")).map(valueOf).toList();
    }
}
