package org.complaintdesk.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database could not be reached — down, restarting, refusing connections, or the
 * pool out of connections for longer than {@code spring.datasource.hikari.connection-timeout} — rather than a
 * fault of the desk: the client is told {@code 503} and to try again, not {@code 500}. Mostly nothing was
 * recorded; but a connection lost during the commit leaves unknown whether the commit happened, so the answer
 * does not promise it: sending the same request again is safe (intake files a message id once; a task completed
 * meanwhile answers 409). The cause is looked for along the whole chain, because Camunda, Hibernate and Spring
 * each wrap it in their own exception.
 */
final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "5";

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception) and PostgreSQL's 57P01–57P03
     * (terminated by an administrator, crash shutdown, cannot connect now). Not 55000, which PostgreSQL also
     * answers for a database refusing connections, because it names real errors too; a refused connection reaches
     * the desk as the pool's timeout anyway.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    /** HikariCP's message, without SQL state, for a connection it closed because the database dropped it. */
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && HIKARI_CLOSED_CONNECTION.equals(sql.getMessage())) {
                return true; // the pool's proxy of a connection it evicted as broken: a rollback after a lost connection
            }
        }
        return false;
    }

    static ProblemDetail problem() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Service unavailable",
                "The desk cannot reach its database at the moment, so the request may not have been recorded. Send"
                        + " it again in a few seconds: a complaint with the same message id is filed only once.");
    }

    static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return headers;
    }

    private DatabaseUnavailable() {
    }
}
