package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.support.DeskJvm;
import org.complaintdesk.support.GreenMailServers;
import org.complaintdesk.support.IntakeLoad;
import org.complaintdesk.support.OnPostgreSql;
import org.complaintdesk.support.SeparateDeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A desk killed with SIGKILL in the middle of steady intake — requests in flight, jobs running, messages being
 * sent — and started again on the same database: nothing a channel was told is lost, nothing is done twice.
 * Channels that got no answer send the same message again, as the API asks them to.
 */
@OnPostgreSql
class CrashRecoveryTest extends SeparateDeskTest {

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void deskKilledUnderIntake_restartsAndNothingIsLostOrDoneTwice() {
        Map<String, String> accepted = new HashMap<>();

        DeskJvm first = DeskJvm.start("crash-first", database, deskSettings());
        IntakeLoad beforeCrash = IntakeLoad.start("crash", 4, List.of(first.client()));
        try {
            assertThat(beforeCrash.awaitAccepted(60, Duration.ofSeconds(120))).as(first::logTail).isTrue();
            first.kill();
        } finally {
            beforeCrash.stop();
            first.close();
        }
        assertThat(beforeCrash.unanswered()).as("requests the kill left without an answer").isNotEmpty();
        System.out.printf("At the crash: %d complaints, %d not yet opened, %d jobs locked, %d messages pending%n",
                records.complaints(),
                records.count("select count(*) from complaint where stage in ('RECEIVE', 'CLASSIFY', 'ASSIGN')"),
                records.count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null"),
                records.count("select count(*) from outbox_message where status = 'PENDING'"));

        try (DeskJvm second = DeskJvm.start("crash-second", database, deskSettings())) {
            // the channels send what got no answer again, unchanged: each becomes exactly one complaint
            beforeCrash.resendUnanswered(second.client());
            assertThat(beforeCrash.unanswered()).as(second::logTail).isEmpty();
            assertThat(beforeCrash.refused()).isEmpty();
            accepted.putAll(beforeCrash.accepted());

            try (IntakeLoad afterRestart = IntakeLoad.start("restarted", 2, List.of(second.client()))) {
                assertThat(afterRestart.awaitAccepted(20, Duration.ofSeconds(60))).as(second::logTail).isTrue();
                afterRestart.stop();
                assertThat(afterRestart.refused()).isEmpty();
                assertThat(afterRestart.unanswered()).isEmpty();
                accepted.putAll(afterRestart.accepted());
            }

            // the killed node's locked jobs and claimed messages come back once their lock and claim expire
            assertThat(records.awaitQuiet(Duration.ofSeconds(120))).as(second::logTail).isEmpty();
        }

        assertThat(records.complaintNosByMessageId()).as("the database holds exactly what the channels were told")
                .isEqualTo(accepted);
        assertThat(records.inconsistencies()).isEmpty();

        // each message reached the mail server; a crash between handing a message over and marking it sent sends it
        // again under the same Message-ID (at least once, see OutboxDispatcher): at most the one message in hand
        Map<String, Long> received = GreenMailServers.messageIdCounts(mailServer);
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(records.sentMessageIds());
        assertThat(received.values().stream().filter(times -> times > 1).count()).isLessThanOrEqualTo(1);
        assertThat(received.values()).allSatisfy(times -> assertThat(times).isLessThanOrEqualTo(2));
    }
}
