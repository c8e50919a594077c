package vn.dvc.kpi.scores;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.kpi.model.EmcScorePage;
import vn.dvc.kpi.model.EmcScoreRow;
import vn.dvc.kpi.model.ScoreReport;
import vn.dvc.kpi.service.IndicatorViews;
import vn.dvc.rules.CopiedUnit;

/** The ministry's pull of the Decision 766 estimate: every unit (in tree order) × every part, a page of units at a time. */
@ApplicationScoped
public class ScorePull {

    private final Scores766 scores;
    private final IndicatorViews views;
    private final ScoreTables tables;

    public ScorePull(Scores766 scores, IndicatorViews views, ScoreTables tables) {
        this.scores = scores;
        this.views = views;
        this.tables = tables;
    }

    public EmcScorePage page(String within, LocalDate from, LocalDate to, String version, int page, int size) {
        String chosen = tables.version(version).version();
        List<CopiedUnit> all = views.unitsWithin(within);
        List<EmcScoreRow> rows = new ArrayList<>();
        for (CopiedUnit unit : all.stream().skip((long) page * size).limit(size).toList()) {
            ScoreReport score = scores.score(unit.code(), from, to, chosen);
            score.parts().forEach(part -> rows.add(new EmcScoreRow(unit.code(), unit.name(), unit.tier(), part.code(),
                    part.nationalCode(), part.max(), part.measured(), part.numerator(), part.denominator(), part.percent(),
                    part.points(), score.version(), score.rulesVersion())));
        }
        return new EmcScorePage(from, to, chosen, page, size, all.size(), rows);
    }
}
