package vn.dvc.rules.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dvc.contracts.quality.FeedbackItemChanged;
import vn.dvc.contracts.quality.FeedbackStep;
import vn.dvc.rules.time.PortalTime;

/**
 * What the Decision 766 feedback parts need of one feedback item (phản ánh, kiến nghị) — never who sent it nor what
 * it says (docs/counting-rules.md, "Decision 766 score").
 *
 * @param receivedAt when it was first received
 * @param steps      what was done with it, each at its own time, in any order
 * @param reRaised   raised again by its sender as not satisfied with how it was handled
 * @param dossierId  the dossier it is about; null when it is about none
 */
public record FeedbackItem(String id, String unitCode, Instant receivedAt, List<Step> steps, int likes, int dislikes,
                           boolean reRaised, String dossierId) {

    public FeedbackItem {
        steps = steps.stream().sorted(Comparator.comparing(Step::at)).toList();
    }

    /** @param toUnit the unit a transfer moved it to; null for every other step */
    public record Step(FeedbackStep kind, Instant at, String toUnit) {
    }

    /** The item as its latest snapshot tells it. */
    public static FeedbackItem of(FeedbackItemChanged changed) {
        return new FeedbackItem(changed.itemId(), changed.unitCode(), changed.receivedAt(), changed.steps().stream()
                .map(step -> new Step(step.kind(), step.at(), step.toUnit())).toList(), changed.likes(), changed.dislikes(),
                changed.reRaised(), changed.dossierId());
    }

    /** The unit whose remit it is in now: the latest transfer's, or the unit that received it. */
    public String unitInRemit() {
        return latest(FeedbackStep.TRANSFERRED).map(Step::toUnit).orElse(unitCode);
    }

    /** The local day its handling clock starts: its latest transfer's, or its receipt's. */
    public LocalDate clockStartDay() {
        return PortalTime.localDay(latest(FeedbackStep.TRANSFERRED).map(Step::at).orElse(receivedAt));
    }

    public LocalDate receivedDay() {
        return PortalTime.localDay(receivedAt);
    }

    public Optional<Step> first(FeedbackStep kind) {
        return steps.stream().filter(step -> step.kind() == kind).findFirst();
    }

    public Optional<Step> latest(FeedbackStep kind) {
        return steps.stream().filter(step -> step.kind() == kind).reduce((earlier, later) -> later);
    }

    /** Answered or refused: the item's handling is over. */
    public Optional<Step> ending() {
        return steps.stream().filter(step -> step.kind() == FeedbackStep.HANDLED || step.kind() == FeedbackStep.REFUSED).findFirst();
    }
}
