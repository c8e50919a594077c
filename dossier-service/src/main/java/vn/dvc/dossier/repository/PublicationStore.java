package vn.dvc.dossier.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.quality.ApplicantKind;
import vn.dvc.contracts.quality.ContentPart;
import vn.dvc.contracts.quality.PublicationChange;
import vn.dvc.dossier.publication.PublicationTold;
import vn.dvc.dossier.service.Versioned;

/** Procedure publications (table {@code procedure_publication}): what is known of each, and its version. */
@ApplicationScoped
public class PublicationStore {

    private static final String COLUMNS = "publication_id, procedure_code, unit_code, decision_number, decided_on, change_kind, "
            + "legal_basis_effective_on, published_at, content_parts, applicant_kinds, version";

    private final Jdbc jdbc;

    public PublicationStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The publications of these ids that are stored, locked until the transaction ends (in id order). */
    public Map<String, Versioned<PublicationTold>> locked(Collection<String> ids) {
        Map<String, Versioned<PublicationTold>> stored = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.forEach("SELECT " + COLUMNS + " FROM procedure_publication WHERE publication_id IN (" + Jdbc.placeholders(ids.size())
                    + ") ORDER BY publication_id FOR UPDATE", List.copyOf(ids), row -> stored.put(row.string("publication_id"), storedOf(row)));
        }
        return stored;
    }

    public void save(List<Versioned<PublicationTold>> publications, Instant now) {
        jdbc.batch("INSERT INTO procedure_publication (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE procedure_code = VALUES(procedure_code), decision_number = VALUES(decision_number), "
                + "decided_on = VALUES(decided_on), change_kind = VALUES(change_kind), "
                + "legal_basis_effective_on = VALUES(legal_basis_effective_on), published_at = VALUES(published_at), "
                + "content_parts = VALUES(content_parts), applicant_kinds = VALUES(applicant_kinds), version = VALUES(version), "
                + "updated_at = VALUES(updated_at)", publications.stream().<List<?>>map(stored -> {
                    PublicationTold told = stored.item();
                    return Arrays.asList(told.publicationId(), told.procedureCode(), told.unitCode(), told.decisionNumber(),
                            Date.valueOf(told.decidedOn()), told.change().name(),
                            told.legalBasisEffectiveOn() == null ? null : Date.valueOf(told.legalBasisEffectiveOn()),
                            told.publishedAt() == null ? null : Timestamp.from(told.publishedAt()), names(told.contentParts()),
                            names(told.applicantKinds()), stored.version(), Timestamp.from(now));
                }).toList());
    }

    private static Versioned<PublicationTold> storedOf(Row row) {
        return new Versioned<>(new PublicationTold(row.string("publication_id"), row.string("procedure_code"), row.string("unit_code"),
                row.string("decision_number"), row.day("decided_on"), PublicationChange.valueOf(row.string("change_kind")),
                row.day("legal_basis_effective_on"), row.instant("published_at"),
                constants(row.string("content_parts"), ContentPart::valueOf), constants(row.string("applicant_kinds"), ApplicantKind::valueOf)),
                row.longValue("version"));
    }

    private static String names(List<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E> List<E> constants(String names, Function<String, E> valueOf) {
        return names.isEmpty() ? List.of() : Arrays.stream(names.split(",")).map(valueOf).toList();
    }
}
