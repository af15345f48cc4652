package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures mean "the database is gone, try again" (503) and which stay the desk's own (500 or others). */
class DatabaseUnavailableTest {

    @Test
    void lostOrRefusedConnections_deepInsideOtherExceptions_areUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("persistence",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(
                new RuntimeException("Unable to rollback", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAndBugs_areNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed", "42000"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
