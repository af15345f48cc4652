package org.complaintdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A test that needs a database server, as in production: desks in several JVMs, or a database that goes away and
 * comes back. It runs when the suite runs on PostgreSQL ({@code DB_URL}, as in CI) and is skipped on the in-memory
 * H2 database, which lives and dies inside one JVM. On a method: a check of something only PostgreSQL has.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "needs a database server; CI runs it on PostgreSQL")
public @interface OnPostgreSql {
}
