package vn.dvc.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void aConnectionLostOrClosedUnderUsIsTheDatabaseBeingUnavailableHoweverDeepItIsWrapped() {
        assertThat(Causes.isDatabaseUnavailable(new IllegalStateException("SQL failed",
                new SQLException("No operations allowed after connection closed.", "08003")))).isTrue();
        assertThat(Causes.isDatabaseUnavailable(new RuntimeException(
                new SQLNonTransientConnectionException("Communications link failure during rollback()")))).isTrue();
        assertThat(Causes.isTransient(new RuntimeException(new SQLException("link failure", "08S01")))).isTrue();
        assertThat(Causes.isLockConflict(new RuntimeException(new SQLException("link failure", "08S01")))).isFalse();
    }

    @Test
    void aCommitThatLostItsLinkIsTransientThoughTheLinkIsOnlyASuppressedCause() {
        Exception rollback = new IllegalStateException("Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("Communications link failure", "08S01"));
        rollback.addSuppressed(xa);
        assertThat(Causes.isTransient(new RuntimeException(rollback))).isTrue();
        assertThat(Causes.isDatabaseUnavailable(new RuntimeException(rollback))).isTrue();
        assertThat(Causes.isTransient(new RuntimeException(new IllegalStateException("Could not commit transaction."))))
                .isFalse();
    }

    @Test
    void noConnectionFromThePoolInTimeIsTheDatabaseBeingUnavailableButAPlainTimeoutIsNot() {
        assertThat(Causes.isDatabaseUnavailable(new RuntimeException(new SQLException(
                "Acquisition timeout while waiting for new connection", new TimeoutException())))).isTrue();
        assertThat(Causes.isDatabaseUnavailable(new RuntimeException(new TimeoutException()))).isFalse();
    }

    @Test
    void aDeadlockIsALockConflictAndADuplicateKeyOrABadStatementIsNeitherTransient() {
        assertThat(Causes.isLockConflict(new RuntimeException(new SQLTransactionRollbackException("deadlock", "40001"))))
                .isTrue();
        assertThat(Causes.isTransient(new SQLIntegrityConstraintViolationException("dup", "23000"))).isFalse();
        assertThat(Causes.isDuplicateKey(new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23000"))))
                .isTrue();
        assertThat(Causes.isTransient(new SQLException("You have an error in your SQL syntax", "42000"))).isFalse();
    }
}
