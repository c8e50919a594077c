package vn.dvc.kpi.scores;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvc.kpi.model.NationalScore;
import vn.dvc.kpi.model.ScoreComparison;
import vn.dvc.kpi.model.ScoreReport;
import vn.dvc.kpi.service.Indicators;
import vn.dvc.kpi.store.NationalScores;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;
import vn.dvc.rules.ScoreTable;

/**
 * The national portal's published evaluation beside the suite's estimate (docs/counting-rules.md, "Decision 766
 * score", "The national score beside ours"): each part matched by the portal's code (the table's
 * {@code nationalCode}, or the part's own code where the portal gives none), the points' difference, and where both
 * counted, which side of the rate differs and by how much — so an office sees whether the portal counted other
 * dossiers or scored the same ones otherwise.
 */
@ApplicationScoped
public class NationalComparison {

    private final Scores766 scores;
    private final ScoreTables tables;
    private final NationalScores stored;
    private final Indicators indicators;

    public NationalComparison(Scores766 scores, ScoreTables tables, NationalScores stored, Indicators indicators) {
        this.scores = scores;
        this.tables = tables;
        this.stored = stored;
        this.indicators = indicators;
    }

    /** Keeps the portal's answer for the unit and period; a metric of no known part is refused naming it. */
    public List<NationalScore.Metric> put(String unitCode, LocalDate from, LocalDate to, NationalScore answer) {
        indicators.scopeOf(unitCode, from, to);
        ScoreTable table = tables.version(null);
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < answer.metrics().size(); i++) {
            String code = answer.metrics().get(i).code();
            if (table.components().stream().noneMatch(component -> code.equals(nationalCodeOf(component)))) {
                unknown.add(new Violation("metrics[" + i + "].code", "is no part of the Decision 766 table: "
                        + table.components().stream().map(NationalComparison::nationalCodeOf).collect(Collectors.joining(", "))));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("The answer names metrics the table does not have", unknown);
        }
        stored.replace(unitCode, from, to, answer.metrics(), Instant.now());
        return stored.of(unitCode, from, to);
    }

    public ScoreComparison compare(String unitCode, LocalDate from, LocalDate to, String version) {
        List<NationalScore.Metric> metrics = stored.of(unitCode, from, to);
        Map<String, NationalScore.Metric> national = metrics.stream().collect(Collectors.toMap(NationalScore.Metric::code,
                Function.identity()));
        ScoreTable table = tables.version(version);
        ScoreReport ours = scores.score(unitCode, from, to, version);
        List<ScoreComparison.Part> parts = new ArrayList<>();
        double ourPoints = 0;
        double nationalPoints = 0;
        for (ScoreTable.Component component : table.components()) {
            ScoreReport.Part our = ours.parts().stream().filter(part -> part.code().equals(component.code())).findFirst().orElseThrow();
            NationalScore.Metric their = national.get(nationalCodeOf(component));
            Double difference = null;
            if (their != null && their.score() != null && our.points() != null) {
                difference = round(our.points() - their.score());
                ourPoints += our.points();
                nationalPoints += their.score();
            }
            parts.add(new ScoreComparison.Part(component.code(), component.nationalCode(), component.label(), component.max(),
                    new ScoreComparison.Side(our.numerator(), our.denominator(), our.percent(), our.points()),
                    their == null ? null : new ScoreComparison.Side(their.numerator(), their.denominator(), their.ratio(), their.score()),
                    difference, inputs(our, their)));
        }
        return new ScoreComparison(unitCode, from, to, ours.version(), ours.rulesVersion(), !metrics.isEmpty(), round(ourPoints),
                round(nationalPoints), round(ourPoints - nationalPoints), parts);
    }

    private static List<ScoreComparison.InputDifference> inputs(ScoreReport.Part our, NationalScore.Metric their) {
        List<ScoreComparison.InputDifference> differences = new ArrayList<>();
        if (their == null) {
            return differences;
        }
        difference("NUMERATOR", our.numerator(), their.numerator()).ifPresent(differences::add);
        difference("DENOMINATOR", our.denominator(), their.denominator()).ifPresent(differences::add);
        return differences;
    }

    private static Optional<ScoreComparison.InputDifference> difference(String input, Long ours, Long national) {
        if (ours == null || national == null || ours.equals(national)) {
            return Optional.empty();
        }
        return Optional.of(new ScoreComparison.InputDifference(input, ours, national, ours - national));
    }

    /** The portal's code for a part; its own where the portal publishes none. */
    static String nationalCodeOf(ScoreTable.Component component) {
        return component.nationalCode() == null ? component.code() : component.nationalCode();
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
