package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import javax.sql.DataSource;
import org.complaintdesk.support.FreshDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The start-up lock on the suite's database kind (H2, or PostgreSQL when DB_URL points there). */
class StartupLockTest {

    private static final Duration BRIEFLY = Duration.ofMillis(500);
    private static final Duration AMPLY = Duration.ofSeconds(30);

    FreshDatabase database;
    DataSource connections;

    @BeforeEach
    void database() {
        database = FreshDatabase.create("startup_lock");
        connections = new DriverManagerDataSource(database.url(), database.user(), database.password());
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void heldLock_makesASecondNodeWaitItsWholeTimeoutThenGiveUp() {
        Duration timeout = Duration.ofSeconds(3); // longer than H2's default lock timeout (2 s)
        try (StartupLock first = StartupLock.take(connections, AMPLY)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> StartupLock.take(connections, timeout))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Could not take the start-up lock within PT3S");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(timeout);
            assertThat(first.isHeld()).isTrue();
        }
    }

    @Test
    void releasedLock_isTakenByTheNextNode() {
        StartupLock first = StartupLock.take(connections, AMPLY);
        first.release();
        first.release(); // twice is harmless

        try (StartupLock second = StartupLock.take(connections, BRIEFLY)) {
            assertThat(second.isHeld()).isTrue();
        }
    }

    @Test
    void readyApplication_releasesTheLock() {
        try (GenericApplicationContext context = contextHolding(StartupLock.take(connections, AMPLY))) {
            new StartupLockRelease().ready(context, Duration.ofSeconds(1));

            assertThat(context.getBean(StartupLock.class).isHeld()).isFalse();
            StartupLock.take(connections, BRIEFLY).release();
        }
    }

    @Test
    void failedStartUp_releasesTheLock() {
        try (GenericApplicationContext context = contextHolding(StartupLock.take(connections, AMPLY))) {
            new StartupLockRelease().failed(context, new IllegalStateException("a set-up listener failed"));

            StartupLock.take(connections, BRIEFLY).release();
        }
    }

    @Test
    void closedContext_releasesTheLock() {
        GenericApplicationContext context = contextHolding(StartupLock.take(connections, AMPLY));
        context.close();

        StartupLock.take(connections, BRIEFLY).release();
    }

    @Test
    void contextThatNeverTookTheLock_isLeftAlone() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(StartupLock.BEAN_NAME, StartupLock.class,
                    () -> StartupLock.take(connections, AMPLY), definition -> definition.setLazyInit(true));
            context.refresh();

            new StartupLockRelease().ready(context, Duration.ofSeconds(1));

            StartupLock.take(connections, BRIEFLY).release(); // the release did not create the bean
        }
    }

    private static GenericApplicationContext contextHolding(StartupLock lock) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(StartupLock.BEAN_NAME, StartupLock.class, () -> lock);
        context.refresh();
        return context;
    }
}
