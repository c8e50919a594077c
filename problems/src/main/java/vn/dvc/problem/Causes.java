package vn.dvc.problem;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/** Classifies failures by their cause chain. */
public final class Causes {

    private Causes() {
    }

    /** True when the failure comes from a database that cannot be reached or answers too slowly right now. */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        return anyOf(failure, Causes::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        // SQLState class 08 is a connection exception: 08S01 link failure, 08003 connection closed under us
        return cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                || cause instanceof java.net.ConnectException || cause instanceof java.net.SocketTimeoutException
                // the pool's "acquisition timeout": every connection held by statements the database does not answer
                || cause instanceof SQLException && cause.getCause() instanceof java.util.concurrent.TimeoutException
                || cause.getClass().getSimpleName().equals("JDBCConnectionException")
                || cause.getClass().getSimpleName().equals("CJCommunicationsException")
                || cause.getClass().getSimpleName().equals("ConnectionIsClosedException");
    }

    /** True for failures worth retrying the same transaction for: lost connections, deadlocks, lock timeouts. */
    public static boolean isTransient(Throwable failure) {
        return anyOf(failure, cause -> cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause.getClass().getSimpleName().equals("LockAcquisitionException")
                || cause.getClass().getSimpleName().equals("LockTimeoutException")
                || cause.getClass().getSimpleName().equals("PessimisticLockException"))
                || isDatabaseUnavailable(failure);
    }

    /**
     * True for a conflict with a concurrent transaction (deadlock, lock wait timeout) that running the work again
     * resolves; not for a database that does not answer — a request should not wait that out.
     */
    public static boolean isLockConflict(Throwable failure) {
        return isTransient(failure) && !isDatabaseUnavailable(failure);
    }

    /** A unique key taken by a concurrent transaction: running the work again sees the row. */
    public static boolean isDuplicateKey(Throwable failure) {
        return anyOf(failure, cause -> cause instanceof SQLIntegrityConstraintViolationException);
    }

    /**
     * Whether the failure or anything behind it matches: its causes, and what was suppressed along the way — a
     * commit that failed on a lost link reports the link only as the suppressed cause of its rollback exception.
     */
    private static boolean anyOf(Throwable failure, Predicate<Throwable> test) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable current = pending.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (test.test(current)) {
                return true;
            }
            if (current.getCause() != null) {
                pending.push(current.getCause());
            }
            for (Throwable suppressed : current.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }
}
