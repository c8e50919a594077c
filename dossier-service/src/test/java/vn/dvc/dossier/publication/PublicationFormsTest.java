package vn.dvc.dossier.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.quality.ApplicantKind;
import vn.dvc.contracts.quality.ContentPart;
import vn.dvc.contracts.quality.PublicationChange;
import vn.dvc.problem.Violation;

class PublicationFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static PublicationForms.Read read(String json) throws Exception {
        return PublicationForms.read(JSON.readTree(json.replace('\'', '"')));
    }

    @Test
    void aRecordIsReadWithItsChangeAndListsInNamesOrVietnameseWords() throws Exception {
        PublicationTold told = read("{'id':'QD-1/T1','procedureCode':'1.004227','unitCode':'BP','decisionNumber':'12/QĐ-UBND',"
                + "'decidedOn':'2022-06-06','change':'Sửa đổi, bổ sung','legalBasisEffectiveOn':'2022-07-01',"
                + "'publishedAt':'20220608090000','contentParts':'NAME, STEPS;AGENCY','applicantKinds':['Công dân Việt Nam','BUSINESS']}")
                .publication();

        assertThat(told.change()).isEqualTo(PublicationChange.AMENDED);
        assertThat(told.decidedOn()).isEqualTo(LocalDate.of(2022, 6, 6));
        assertThat(told.publishedAt()).isEqualTo(Instant.parse("2022-06-08T02:00:00Z"));
        assertThat(told.contentParts()).containsExactly(ContentPart.NAME, ContentPart.STEPS, ContentPart.AGENCY);
        assertThat(told.applicantKinds()).containsExactly(ApplicantKind.CITIZEN, ApplicantKind.BUSINESS);
    }

    @Test
    void aLaterRecordReplacesFieldByFieldButKeepsWhatItLeavesOut() throws Exception {
        PublicationTold first = read("{'id':'QD-1/T1','procedureCode':'T1','unitCode':'BP','decisionNumber':'12','decidedOn':'2022-06-06',"
                + "'change':'ADDED','publishedAt':'2022-06-08T09:00:00','applicantKinds':['CITIZEN']}").publication();
        PublicationTold later = read("{'id':'QD-1/T1','procedureCode':'T1','unitCode':'BP','decisionNumber':'12','decidedOn':'2022-06-06',"
                + "'change':'ADDED','legalBasisEffectiveOn':'2022-06-20','contentParts':['NAME']}").publication();

        PublicationTold merged = first.with(later);
        assertThat(merged.publishedAt()).isEqualTo(first.publishedAt());
        assertThat(merged.legalBasisEffectiveOn()).isEqualTo(LocalDate.of(2022, 6, 20));
        assertThat(merged.applicantKinds()).containsExactly(ApplicantKind.CITIZEN);
        assertThat(merged.contentParts()).containsExactly(ContentPart.NAME);
        assertThat(merged.with(later)).as("the same again changes nothing").isEqualTo(merged);
    }

    @Test
    void everyFieldThatCannotBeReadIsNamed() throws Exception {
        assertThat(read("{'procedureCode':'T 1','unitCode':'BP','decidedOn':'06/2022','change':'Xóa','publishedAt':'sớm',"
                + "'contentParts':['NAME','COLOUR']}").violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("id", "procedureCode", "decisionNumber", "decidedOn", "change", "publishedAt", "contentParts");
    }
}
