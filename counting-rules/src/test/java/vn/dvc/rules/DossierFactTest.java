package vn.dvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.Closure;
import vn.dvc.contracts.dossier.DossierStateChanged.Apology;
import vn.dvc.contracts.dossier.DossierStateChanged.Deadline;
import vn.dvc.contracts.dossier.DossierStateChanged.Ending;
import vn.dvc.contracts.dossier.DossierStateChanged.Flags;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.contracts.dossier.Rating;
import vn.dvc.contracts.dossier.Timeliness;

/** A dossier-events snapshot read as the indicators' fact, in local days (Asia/Ho_Chi_Minh). */
class DossierFactTest {

    private static final Instant RECEIVED = Instant.parse("2022-06-01T01:30:00Z");
    private static final Instant DUE = Instant.parse("2022-06-08T10:00:00Z");

    private static DossierStateChanged state(Instant receivedAt, Deadline deadline, Ending ending, Apology apology) {
        return new DossierStateChanged("e", Instant.now(), "d", 3, "p", "H10", "s", Channel.ONLINE,
                DossierStatus.PROCESSING, receivedAt, List.of("p"), Tier.DEPARTMENT, null, null, deadline, ending, apology,
                new Flags(true, false, true));
    }

    @Test
    void anOpenDossierIsOverdueFromTheLocalDayOfItsDueTime() {
        // 2022-06-07T17:30Z is 00:30 on 8 June in Ho Chi Minh City.
        DossierFact fact = DossierFact.of(state(RECEIVED,
                new Deadline(DUE, Instant.parse("2022-06-07T17:30:00Z"), null, 0, 0), null, null));

        assertThat(fact.receivedDay()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(fact.overdueDay()).isEqualTo(LocalDate.of(2022, 6, 8));
        assertThat(fact.inputsDigitised()).isTrue();
        assertThat(fact.feeRequired()).isTrue();
    }

    @Test
    void whatTheDossierTookFromDataHeldBeforeIsInItsFact() {
        DossierStateChanged withFlags = new DossierStateChanged("e", Instant.now(), "d", 3, "p", "H10", "s", Channel.ONLINE,
                DossierStatus.PROCESSING, RECEIVED, List.of("p"), Tier.DEPARTMENT, null, null, null, null, null,
                new Flags(false, false, false, true, false, true, null, false, false));

        assertThat(DossierFact.of(withFlags).dataUsed()).isEqualTo(new DossierFact.DataUsed(true, false, true));
        assertThat(DossierFact.of(state(RECEIVED, null, null, null)).dataUsed()).isEqualTo(DossierFact.DataUsed.NONE);
    }

    @Test
    void anUnsatisfiedRatingOrAFeedbackItemMakesTheDossierDissatisfied() {
        assertThat(DossierFact.of(flagged(new Flags(false, false, false, false, false, false, Rating.UNSATISFIED, false, false)))
                .dissatisfied()).isTrue();
        assertThat(DossierFact.of(flagged(new Flags(false, false, false, false, false, false, Rating.SATISFIED, true, false)))
                .dissatisfied()).isTrue();
        assertThat(DossierFact.of(flagged(new Flags(false, false, false, false, false, false, Rating.VERY_SATISFIED, false, false)))
                .dissatisfied()).isFalse();
        assertThat(DossierFact.of(state(RECEIVED, null, null, null)).dissatisfied()).as("never rated").isFalse();
    }

    private static DossierStateChanged flagged(Flags flags) {
        return new DossierStateChanged("e", Instant.now(), "d", 3, "p", "H10", "s", Channel.ONLINE,
                DossierStatus.RESOLVED, RECEIVED, List.of("p"), Tier.DEPARTMENT, null, null, null, null, null, flags);
    }

    @Test
    void aDossierWaitingForASupplementIsNotOverdue() {
        DossierFact fact = DossierFact.of(state(RECEIVED, new Deadline(DUE, DUE, Instant.parse("2022-06-05T00:00:00Z"), 0, 1),
                null, null));

        assertThat(fact.overdueDay()).isNull();
    }

    @Test
    void aDossierResolvedInTimeWasNeverOverdueAndOneResolvedLateWas() {
        DossierFact inTime = DossierFact.of(state(RECEIVED, new Deadline(DUE, DUE, null, 0, 0),
                new Ending(Closure.RESOLVED, DUE, Timeliness.ON_TIME), null));
        DossierFact late = DossierFact.of(state(RECEIVED, new Deadline(DUE, DUE, null, 0, 0),
                new Ending(Closure.RESOLVED, DUE.plusSeconds(86_400), Timeliness.LATE), new Apology(DUE.minusSeconds(2 * 86_400), DUE, true)));

        assertThat(inTime.overdueDay()).isNull();
        assertThat(inTime.endDay()).isEqualTo(LocalDate.of(2022, 6, 8));
        assertThat(late.overdueDay()).isEqualTo(LocalDate.of(2022, 6, 8));
        assertThat(late.endDay()).isEqualTo(LocalDate.of(2022, 6, 9));
        assertThat(late.apologyCompliant()).isTrue();
    }

    @Test
    void aDossierNeverReceivedHasNoEndToCount() {
        DossierFact fact = DossierFact.of(state(null, null, new Ending(Closure.REJECTED, RECEIVED, null), null));

        assertThat(fact.received()).isFalse();
        assertThat(fact.closure()).isNull();
    }
}
