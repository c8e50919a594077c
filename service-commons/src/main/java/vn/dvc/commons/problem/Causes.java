package vn.dvc.commons.problem;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

/** Classifies failures by their cause chain. */
public final class Causes {

    private Causes() {
    }

    /** True when the failure comes from a database that cannot be reached or answers too slowly right now. */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // SQLState class 08 is a connection exception: 08S01 link failure, 08003 connection closed under us
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || cause instanceof java.net.ConnectException || cause instanceof java.net.SocketTimeoutException
                    // the pool's "acquisition timeout": every connection is held by statements the database does not answer
                    || cause instanceof SQLException && cause.getCause() instanceof java.util.concurrent.TimeoutException
                    || cause.getClass().getSimpleName().equals("JDBCConnectionException")
                    || cause.getClass().getSimpleName().equals("CJCommunicationsException")
                    || cause.getClass().getSimpleName().equals("ConnectionIsClosedException")) {
                return true;
            }
        }
        return false;
    }

    /** True for failures worth retrying the same transaction for: lost connections, deadlocks, lock timeouts. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause.getClass().getSimpleName().equals("LockAcquisitionException")
                    || cause.getClass().getSimpleName().equals("LockTimeoutException")
                    || cause.getClass().getSimpleName().equals("PessimisticLockException")) {
                return true;
            }
        }
        return isDatabaseUnavailable(failure);
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
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
