package vn.dvc.dossier.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.dvc.contracts.quality.FeedbackItemChanged.Step;

/**
 * What is known of one feedback item: everything ever told of it, merged so that the order things were told in never
 * matters — the earliest receipt, every step once, the most likes and dislikes counted, raised again once raised again.
 */
public record FeedbackTold(String itemId, String unitCode, Instant receivedAt, List<Step> steps, int likes, int dislikes,
                           boolean reRaised, String dossierId) {

    public FeedbackTold {
        steps = steps.stream().distinct().sorted(Comparator.comparing(Step::at).thenComparing(step -> step.kind().ordinal())).toList();
    }

    /** This and {@code more} of the same item; the unit that received it and its dossier stay the first told. */
    public FeedbackTold with(FeedbackTold more) {
        Set<Step> allSteps = new LinkedHashSet<>(steps);
        allSteps.addAll(more.steps);
        return new FeedbackTold(itemId, unitCode, receivedAt.isAfter(more.receivedAt) ? more.receivedAt : receivedAt,
                new ArrayList<>(allSteps), Math.max(likes, more.likes), Math.max(dislikes, more.dislikes),
                reRaised || more.reRaised, dossierId != null ? dossierId : more.dossierId);
    }

    /** The units it names: where it was received and where it was moved to. */
    public List<String> units() {
        List<String> units = new ArrayList<>(List.of(unitCode));
        steps.stream().map(Step::toUnit).filter(Objects::nonNull).forEach(units::add);
        return units;
    }
}
