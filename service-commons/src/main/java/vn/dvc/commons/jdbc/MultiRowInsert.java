package vn.dvc.commons.jdbc;

import java.util.Collections;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code INSERT … VALUES (?, …) …} statement written for one row, rewritten for n rows: {@code VALUES (…), (…)}
 * with the rest (an {@code ON DUPLICATE KEY UPDATE} clause) kept. A few fixed row counts per statement let the server
 * keep each prepared once per connection instead of parsing a new giant statement for every batch.
 */
final class MultiRowInsert {

    private static final Pattern SINGLE_ROW = Pattern.compile("(?is)^(\\s*INSERT\\s+(?:IGNORE\\s+)?INTO\\s+.+?\\bVALUES\\s*)"
            + "(\\([^()]*\\))(.*)$");

    private final String head;
    private final String row;
    private final String tail;

    private MultiRowInsert(String head, String row, String tail) {
        this.head = head;
        this.row = row;
        this.tail = tail;
    }

    /** The statement's multi-row form, or empty when it is not a plain single-row INSERT … VALUES. */
    static Optional<MultiRowInsert> of(String sql) {
        Matcher matcher = SINGLE_ROW.matcher(sql);
        return matcher.matches() ? Optional.of(new MultiRowInsert(matcher.group(1), matcher.group(2), matcher.group(3)))
                : Optional.empty();
    }

    String forRows(int rows) {
        return head + String.join(", ", Collections.nCopies(rows, row)) + tail;
    }
}
