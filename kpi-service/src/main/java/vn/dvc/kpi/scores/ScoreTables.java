package vn.dvc.kpi.scores;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.ScoreTable;

/** The versions of the Decision 766 scoring table the suite ships ({@code scoring/decision-766.json}). */
@ApplicationScoped
public class ScoreTables {

    private final List<ScoreTable> tables;

    public ScoreTables(ObjectMapper json) {
        try (InputStream in = ScoreTables.class.getResourceAsStream("/scoring/decision-766.json")) {
            tables = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Versions.class).versions();
        } catch (IOException e) {
            throw new UncheckedIOException("scoring/decision-766.json cannot be read", e);
        }
    }

    public List<ScoreTable> all() {
        return tables;
    }

    /** The version asked for, or the default one. */
    public ScoreTable version(String version) {
        if (version == null) {
            return tables.stream().filter(ScoreTable::isDefault).findFirst().orElseThrow();
        }
        return tables.stream().filter(table -> table.version().equals(version)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("version", "must be one of "
                        + String.join(", ", tables.stream().map(ScoreTable::version).toList())));
    }

    private record Versions(List<ScoreTable> versions) {
    }
}
