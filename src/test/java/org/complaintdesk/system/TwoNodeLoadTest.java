package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.support.DeskJvm;
import org.complaintdesk.support.GreenMailServers;
import org.complaintdesk.support.IntakeLoad;
import org.complaintdesk.support.OnPostgreSql;
import org.complaintdesk.support.SeparateDeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two desks in JVMs of their own on one database, intake spread over both, both job executors and both outbox
 * dispatchers working the same tables: every complaint is processed once, every message sent once, and the
 * optimistic-locking conflicts two nodes run into are retried rather than left as incidents.
 */
@OnPostgreSql
class TwoNodeLoadTest extends SeparateDeskTest {

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void loadSpreadOverTwoNodes_eachComplaintProcessedOnceAndEachMessageSentOnce() {
        // the first node sets the database up; the second then starts on a database in use, as in a rolling start
        try (DeskJvm first = DeskJvm.start("cluster-first", database, deskSettings());
             DeskJvm second = DeskJvm.start("cluster-second", database, deskSettings())) {
            Map<String, String> accepted;
            try (IntakeLoad load = IntakeLoad.start("cluster", 4, List.of(first.client(), second.client()))) {
                assertThat(load.awaitAccepted(120, Duration.ofSeconds(180)))
                        .as(() -> first.logTail() + "\n" + second.logTail()).isTrue();
                load.stop();
                assertThat(load.refused()).isEmpty();
                assertThat(load.unanswered()).isEmpty();
                accepted = load.accepted();
            }
            assertThat(records.awaitQuiet(Duration.ofSeconds(120)))
                    .as(() -> first.logTail() + "\n" + second.logTail()).isEmpty();

            assertThat(records.complaintNosByMessageId()).isEqualTo(accepted);
            assertThat(records.inconsistencies()).isEmpty();
            assertThat(GreenMailServers.messageIdCounts(mailServer))
                    .containsOnlyKeys(records.sentMessageIds()).allSatisfy((id, times) -> assertThat(times).isOne());
            // both nodes did the work behind the intake, not one node for both
            assertThat(List.of(first, second)).allSatisfy(node -> assertThat(node.logLines("classified")).isPositive());
            System.out.printf("Two nodes: %d complaints; jobs failed and retried: %d (optimistic locking: %d)%n",
                    accepted.size(), records.count("select count(*) from ACT_HI_JOB_LOG where JOB_EXCEPTION_MSG_ is not null"),
                    records.count("select count(*) from ACT_HI_JOB_LOG where JOB_EXCEPTION_MSG_ like '%OptimisticLocking%'"
                            + " or JOB_EXCEPTION_MSG_ like '%was updated by another transaction concurrently%'"));
        }
    }
}
