package vn.dvc.dossier.imports;

import java.io.IOException;

/**
 * A file that cannot be read on, with the reason a clerk understands (in Vietnamese, naming the row where it can):
 * the import fails with it, the rows committed before it stay.
 */
public class UnreadableFile extends IOException {

    public UnreadableFile(String reason) {
        super(reason);
    }

    public UnreadableFile(String reason, Throwable cause) {
        super(reason, cause);
    }
}
