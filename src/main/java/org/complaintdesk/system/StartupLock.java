package org.complaintdesk.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database-wide lock that lets one desk instance at a time set up the database: our migrations, Camunda's
 * schema, the deployment of the models, and every start-up set-up ({@code ApplicationReadyEvent} listeners:
 * groups, grants, filters, users). Held on a connection of its own, outside the pool, so that closing it — or the
 * death of the node that holds it — releases it on the database side.
 *
 * <p>PostgreSQL: a session advisory lock (no table needed; advisory locks are per database). H2: a row lock
 * ({@code select … for update}) on the one row of {@code desk_startup.startup_lock}, created on first use in a
 * schema of its own, because a table in the desk's schema would make Flyway take an empty database for an existing
 * one and baseline it.
 */
final class StartupLock implements AutoCloseable {

    static final String BEAN_NAME = "deskStartupLock";

    /** "CmplDesk" in ASCII. */
    static final long POSTGRES_KEY = 0x436d706c4465736bL;

    /** SQL states of a lock wait that timed out: PostgreSQL's lock_not_available, H2's timeout. */
    private static final Set<String> LOCK_TIMEOUTS = Set.of("55P03", "HYT00");

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final Connection connection;
    private final AtomicBoolean held = new AtomicBoolean(true);

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Waits for the lock up to {@code timeout}; refuses (throws) after that, naming the likely cause.
     *
     * @param database gives a connection that is not shared with anything else (not from the pool)
     */
    static StartupLock take(DataSource database, Duration timeout) {
        long started = System.nanoTime();
        Connection connection;
        try {
            connection = database.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database for the start-up lock: " + e.getMessage(), e);
        }
        try {
            String product = connection.getMetaData().getDatabaseProductName();
            switch (product) {
                case "PostgreSQL" -> lockPostgres(connection, timeout);
                case "H2" -> lockH2(connection, timeout);
                default -> throw new IllegalStateException("No start-up lock for " + product
                        + ": the desk runs on PostgreSQL or H2");
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            if (LOCK_TIMEOUTS.contains(e.getSQLState())) {
                throw new IllegalStateException("Could not take the start-up lock within " + timeout + ": another"
                        + " desk instance is still setting up the database, or hangs while doing so", e);
            }
            throw new IllegalStateException("Could not take the start-up lock: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        if (waited.compareTo(Duration.ofSeconds(1)) > 0) {
            log.info("Took the start-up lock after {} ms (another desk instance was setting up the database)",
                    waited.toMillis());
        } else {
            log.debug("Took the start-up lock");
        }
        return new StartupLock(connection);
    }

    private static void lockPostgres(Connection connection, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout = " + timeout.toMillis());
            statement.execute("set statement_timeout = 0"); // a server-wide one must not cut the wait short
            statement.execute("select pg_advisory_lock(" + POSTGRES_KEY + ")");
        }
    }

    private static void lockH2(Connection connection, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout " + timeout.toMillis()); // for this session's every wait
            statement.execute("create schema if not exists desk_startup");
            statement.execute("create table if not exists desk_startup.startup_lock (id int primary key)");
            try {
                // never touches the row if it is there: another node may hold it
                statement.execute("insert into desk_startup.startup_lock (id)"
                        + " select 1 where not exists (select 1 from desk_startup.startup_lock where id = 1)");
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) { // another node inserted the row at the same moment
                    throw e;
                }
            }
            connection.setAutoCommit(false);
            statement.executeQuery("select id from desk_startup.startup_lock where id = 1 for update").close();
        }
    }

    /** Releases the lock; later calls do nothing. */
    void release() {
        if (!held.compareAndSet(true, false)) {
            return;
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            log.debug("Rolling back the start-up lock's transaction failed; closing its connection anyway", e);
        }
        closeQuietly(connection);
        log.debug("Released the start-up lock");
    }

    boolean isHeld() {
        return held.get();
    }

    @Override
    public void close() {
        release();
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing the start-up lock's connection failed: {}", e.getMessage());
        }
    }
}
