package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskJvm;
import org.complaintdesk.support.IntakeLoad;
import org.complaintdesk.support.OnPostgreSql;
import org.complaintdesk.support.SeparateDeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The database goes away under steady intake — every connection of the desk ended, new ones refused, as in a
 * PostgreSQL restart — and comes back: meanwhile intake answers a prompt {@code 503} problem that asks the channel
 * to try again, never a {@code 500} or a hang; afterwards it takes complaints again without restarting the desk,
 * and what was refused, sent again, is filed once. Only the desk's own database is taken away, not the server the
 * rest of the suite uses.
 */
@OnPostgreSql
class DatabaseOutageTest extends SeparateDeskTest {

    private static final Duration OUTAGE = Duration.ofSeconds(8);

    private String engineRestDuringOutage;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void databaseGoneUnderIntake_answers503ThenRecoversWithoutRestart() {
        try (DeskJvm desk = DeskJvm.start("outage", database, deskSettings())) {
            IntakeLoad load = IntakeLoad.start("outage", 3, List.of(desk.client()));
            try {
                assertThat(load.awaitAccepted(20, Duration.ofSeconds(60))).as(desk::logTail).isTrue();
                String name = database.postgresName();
                database.onServer("alter database " + name + " with allow_connections false");
                database.onServer("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
                DeskJvm.pause(OUTAGE.dividedBy(2));
                // an agent's Tasklist meanwhile: engine REST, whose login reads the database too
                long asked = System.nanoTime();
                DeskClient.Response inbox = desk.client().get("/engine-rest/task?maxResults=5", "sam");
                engineRestDuringOutage = inbox.status() + " " + inbox.header("Content-Type") + " after "
                        + Duration.ofNanos(System.nanoTime() - asked).toMillis() + " ms";
                DeskJvm.pause(OUTAGE.dividedBy(2));
                int acceptedBeforeReturn = load.accepted().size();
                database.onServer("alter database " + name + " with allow_connections true");
                assertThat(load.awaitAccepted(acceptedBeforeReturn + 20, Duration.ofSeconds(60)))
                        .as("intake takes complaints again: " + desk.logTail()).isTrue();
            } finally {
                database.onServer("alter database " + database.postgresName() + " with allow_connections true");
                load.stop();
            }

            System.out.println("Engine REST during the outage: " + engineRestDuringOutage);
            assertThat(engineRestDuringOutage).startsWith("503 application/problem+json");
            assertThat(load.refused()).as("answers other than 200, 201 and 503").isEmpty();
            assertThat(load.withoutAnswer()).as("requests left without an answer within 30 s").isZero();
            assertThat(load.unavailable()).as("the outage was noticed").isNotEmpty().allSatisfy(response -> {
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(response.header("Retry-After")).isEqualTo("5");
                assertThat(response.json().get("type").asText()).endsWith("database-unavailable");
            });
            // the channels send what was refused or unanswered again: each is filed once
            DeskClient client = desk.client();
            load.resendUnanswered(client);
            assertThat(load.unanswered()).isEmpty();
            assertThat(records.awaitQuiet(Duration.ofSeconds(120))).as(desk::logTail).isEmpty();
            assertThat(records.complaintNosByMessageId()).isEqualTo(load.accepted());
            assertThat(records.inconsistencies()).isEmpty();
        }
    }
}
