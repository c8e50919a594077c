package vn.dvc.dossier.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.quality.FeedbackItemChanged.Step;
import vn.dvc.contracts.quality.FeedbackStep;
import vn.dvc.problem.Violation;

class FeedbackFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static FeedbackTold read(String json) throws Exception {
        FeedbackForms.Read read = FeedbackForms.read(JSON.readTree(json.replace('\'', '"')));
        assertThat(read.violations()).isEmpty();
        return read.item();
    }

    @Test
    void anItemIsReadWithItsStepsInVietnameseOrEnglishAndNothingOfItsSender() throws Exception {
        FeedbackTold item = read("{'id':'PA-1','unitCode':'H10.S1','receivedAt':'20250903090000','senderName':'A',"
                + "'steps':[{'kind':'Đã xử lý','at':'2025-09-10T09:00:00'},{'kind':'chuyen xu ly','at':'2025-09-05T09:00:00',"
                + "'toUnit':'H10.S2'}],'likes':2,'dislikes':1,'reRaised':true,'dossierId':'D-1'}");

        assertThat(item.steps()).extracting(Step::kind).containsExactly(FeedbackStep.TRANSFERRED, FeedbackStep.HANDLED);
        assertThat(item.receivedAt()).isEqualTo(Instant.parse("2025-09-03T02:00:00Z"));
        assertThat(item.units()).containsExactly("H10.S1", "H10.S2");
        assertThat(item.toString()).doesNotContain("senderName");
    }

    @Test
    void whatIsToldOfAnItemMergesTheSameInAnyOrder() throws Exception {
        FeedbackTold first = read("{'id':'PA-1','unitCode':'H10.S1','receivedAt':'2025-09-03T09:00:00',"
                + "'steps':[{'kind':'HANDLED','at':'2025-09-10T09:00:00'}],'likes':2}");
        FeedbackTold second = read("{'id':'PA-1','unitCode':'H10.S1','receivedAt':'2025-09-03T09:00:00',"
                + "'steps':[{'kind':'TRANSFERRED','at':'2025-09-05T09:00:00','toUnit':'H10.S2'}],'dislikes':4,'reRaised':true}");

        assertThat(first.with(second)).isEqualTo(second.with(first));
        assertThat(first.with(second).steps()).hasSize(2);
        assertThat(first.with(second).likes()).isEqualTo(2);
        assertThat(first.with(second).dislikes()).isEqualTo(4);
        assertThat(first.with(second).reRaised()).isTrue();
        assertThat(first.with(first)).as("the same again adds nothing").isEqualTo(first);
    }

    @Test
    void everyFieldThatCannotBeReadIsNamed() throws Exception {
        JsonNode bad = JSON.readTree(("{'unitCode':'a b','receivedAt':'mai','likes':-1,'reRaised':'có',"
                + "'steps':[{'kind':'TRANSFERRED','at':'2025-09-05T09:00:00'},{'kind':'X'}]}").replace('\'', '"'));

        assertThat(FeedbackForms.read(bad).violations()).extracting(Violation::field).containsExactlyInAnyOrder("id", "unitCode",
                "receivedAt", "likes", "reRaised", "steps[0].toUnit", "steps[1].kind", "steps[1].at");
    }
}
