package vn.dvc.dossier.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dvc.contracts.quality.ApplicantKind;
import vn.dvc.contracts.quality.ContentPart;
import vn.dvc.contracts.quality.PublicationChange;

/**
 * What is known of one procedure's publication under one decision. Told again, what is told now replaces what was
 * told, field by field, except what it leaves out: a publication time or an effective date told once is not lost to a
 * later message without it.
 */
public record PublicationTold(String publicationId, String procedureCode, String unitCode, String decisionNumber,
                              LocalDate decidedOn, PublicationChange change, LocalDate legalBasisEffectiveOn,
                              Instant publishedAt, List<ContentPart> contentParts, List<ApplicantKind> applicantKinds) {

    public PublicationTold {
        contentParts = contentParts.stream().distinct().sorted().toList();
        applicantKinds = applicantKinds.stream().distinct().sorted().toList();
    }

    public PublicationTold with(PublicationTold more) {
        return new PublicationTold(publicationId, more.procedureCode, unitCode, more.decisionNumber, more.decidedOn, more.change,
                more.legalBasisEffectiveOn != null ? more.legalBasisEffectiveOn : legalBasisEffectiveOn,
                more.publishedAt != null ? more.publishedAt : publishedAt,
                more.contentParts.isEmpty() ? contentParts : more.contentParts,
                more.applicantKinds.isEmpty() ? applicantKinds : more.applicantKinds);
    }
}
