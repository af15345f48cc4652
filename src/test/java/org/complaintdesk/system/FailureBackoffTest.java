package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailureBackoffTest {

    private final MovableClock clock = new MovableClock();
    private final ThrottleProperties.Limit limit = new ThrottleProperties.Limit(3, Duration.ofSeconds(1),
            Duration.ofSeconds(10));

    @Test
    void freeFailures_thenDoublingWaits_upToTheMaximum() {
        FailureBackoff backoff = new FailureBackoff(limit, Duration.ofHours(1), 100, clock);

        assertThat(backoff.failed("a")).isZero();
        assertThat(backoff.failed("a")).isZero();
        assertThat(backoff.failed("a")).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failed("a")).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.failed("a")).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.failed("a")).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.failed("a")).isEqualTo(Duration.ofSeconds(10));
        for (int i = 0; i < 10_000; i++) {
            backoff.failed("a");
        }
        assertThat(backoff.waitFor("a")).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.waitFor("b")).isZero();
    }

    @Test
    void theWaitPasses_andAQuietKeyIsForgotten() {
        FailureBackoff backoff = new FailureBackoff(limit, Duration.ofMinutes(30), 100, clock);
        for (int i = 0; i < 5; i++) {
            backoff.failed("a");
        }
        assertThat(backoff.waitFor("a")).isEqualTo(Duration.ofSeconds(4));

        clock.move(Duration.ofSeconds(3));
        assertThat(backoff.waitFor("a")).isEqualTo(Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        assertThat(backoff.waitFor("a")).isZero();
        // still remembered: the next failure waits longer
        assertThat(backoff.failed("a")).isEqualTo(Duration.ofSeconds(8));

        clock.move(Duration.ofMinutes(31));
        assertThat(backoff.waitFor("a")).isZero();
        assertThat(backoff.failed("a")).as("forgotten: a free failure again").isZero();
    }

    @Test
    void memoryIsBounded_whateverNumberOfKeys() {
        FailureBackoff backoff = new FailureBackoff(limit, Duration.ofHours(1), 1_000, clock);

        for (int i = 0; i < 100_000; i++) {
            backoff.failed("10.0." + (i / 256) + "." + (i % 256));
        }

        assertThat(backoff.size()).isEqualTo(1_000);
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-20T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
