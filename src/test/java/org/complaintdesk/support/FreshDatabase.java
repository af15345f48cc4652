package org.complaintdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An empty database of its own for a test that starts desks itself: an in-memory H2 database, or, when
 * {@code DB_URL} points to PostgreSQL (as in CI), a new database on that server, dropped on {@link #close()}.
 */
public final class FreshDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final String postgresName;
    private final String serverUrl;

    private FreshDatabase(String url, String user, String password, String postgresName, String serverUrl) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.postgresName = postgresName;
        this.serverUrl = serverUrl;
    }

    /** @param purpose a lower-case word naming the test, part of the database name */
    public static FreshDatabase create(String purpose) {
        String unique = purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String serverUrl = System.getenv("DB_URL");
        if (serverUrl == null || !serverUrl.startsWith("jdbc:postgresql:")) {
            return new FreshDatabase("jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1", "sa", "", null, null);
        }
        String user = env("DB_USER", "postgres");
        String password = env("DB_PASSWORD", "");
        execute(serverUrl, user, password, "create database " + unique);
        String url = serverUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + unique);
        return new FreshDatabase(url, user, password, unique, serverUrl);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Command-line arguments that point a desk to this database. */
    public String[] springArguments() {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password};
    }

    /** The database's name on the PostgreSQL server; null for H2. */
    public String postgresName() {
        return postgresName;
    }

    /** Runs {@code sql} on the server's own database, as its administrator (PostgreSQL only). */
    public void onServer(String sql) {
        if (serverUrl == null) {
            throw new IllegalStateException("not on a database server: " + url);
        }
        execute(serverUrl, user, password, sql);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() {
        if (postgresName != null) {
            execute(serverUrl, user, password, "drop database if exists " + postgresName + " with (force)");
        } else {
            execute(url, user, password, "shutdown");
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
