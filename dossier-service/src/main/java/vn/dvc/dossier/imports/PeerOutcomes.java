package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.dvc.problem.Problem;

/** A peer intake's outcome for an item (ACCEPTED, UPDATED, DUPLICATE, or a problem) as a row's outcome. */
final class PeerOutcomes {

    private PeerOutcomes() {
    }

    static RowOutcome of(String outcome, JsonNode problem, ObjectMapper json) {
        return switch (outcome) {
            case "ACCEPTED", "UPDATED" -> RowOutcome.ACCEPTED;
            case "DUPLICATE" -> RowOutcome.DUPLICATE;
            default -> RowOutcome.rejected(RejectionReasons.of(json.convertValue(problem, Problem.class)));
        };
    }
}
