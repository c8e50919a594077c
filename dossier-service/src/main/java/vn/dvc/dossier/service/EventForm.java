package vn.dvc.dossier.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.dvc.problem.Violation;

/**
 * One item of another system's form (a DVCQG progress update, a satisfaction rating) read as the one dossier event it
 * tells, or the violations naming the form's own fields.
 */
public record EventForm(ObjectNode event, List<Violation> violations) {

    public static EventForm of(ObjectNode event) {
        return new EventForm(event, List.of());
    }

    public static EventForm refused(List<Violation> violations) {
        return new EventForm(null, List.copyOf(violations));
    }
}
