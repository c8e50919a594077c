package vn.dvc.contracts.quality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One procedure's publication under one decision (quyết định công bố) as dossier-service knows it (key =
 * {@code publication/<publicationId>}); a consumer keeps the highest {@code version}.
 *
 * @param unitCode               the unit that published it (the province, for its procedures)
 * @param legalBasisEffectiveOn  the latest effective date of the procedure's legal basis; null when not told
 * @param publishedAt            when it was made public on the national portal (công khai); null while awaiting it
 * @param contentParts           which of Decree 63's seven parts the published procedure has
 * @param applicantKinds         who may apply
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcedurePublicationChanged(String eventId, Instant occurredAt, String publicationId, long version,
                                          String procedureCode, String unitCode, String decisionNumber, LocalDate decidedOn,
                                          PublicationChange change, LocalDate legalBasisEffectiveOn, Instant publishedAt,
                                          List<ContentPart> contentParts, List<ApplicantKind> applicantKinds)
        implements QualityEvent {

    public ProcedurePublicationChanged {
        contentParts = contentParts == null ? List.of() : List.copyOf(contentParts);
        applicantKinds = applicantKinds == null ? List.of() : List.copyOf(applicantKinds);
    }

    @Override
    public String key() {
        return "publication/" + publicationId;
    }
}
