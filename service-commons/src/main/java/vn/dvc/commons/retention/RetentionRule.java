package vn.dvc.commons.retention;

import java.time.Duration;

/**
 * Rows of one table kept long enough to go (docs/capacity.md, "What is kept, and for how long").
 *
 * @param olderThan the condition that picks them, with one {@code ?}: the cutoff, now less {@code keep}
 */
public record RetentionRule(String table, String olderThan, Duration keep) {

    /** At most {@code limit} of the rows: a chunk small enough not to hold the table's writers long. */
    String deleteSql(int limit) {
        return "DELETE FROM " + table + " WHERE " + olderThan + " LIMIT " + limit;
    }
}
