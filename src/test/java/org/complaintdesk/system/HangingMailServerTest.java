package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.intake.ComplaintIntake;
import org.complaintdesk.intake.IntakeRequest;
import org.complaintdesk.notification.DeliveryStatus;
import org.complaintdesk.notification.OutboxMessage;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.support.DeskNodes;
import org.complaintdesk.support.FreshDatabase;
import org.complaintdesk.support.HangingServer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A mail server that accepts and never answers, with the desk's own schedulers running as in production (the
 * shipped scheduler pool and SMTP connect and write timeouts; only the read timeout is shortened for the test):
 * the email channel keeps filing complaints while the outbox waits on SMTP, and the outbox gives up within the
 * read timeout, schedules a retry and moves on.
 */
class HangingMailServerTest {

    private static final Duration SMTP_READ_TIMEOUT = Duration.ofSeconds(15);
    private static final String MAILBOX = "complaints@desk.local";

    @Test
    void hangingSmtpServer_stallsNeitherTheEmailChannelNorTheOutbox() throws Exception {
        FreshDatabase database = FreshDatabase.create("hanging_mail");
        HangingServer smtp = HangingServer.start();
        GreenMail imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        ConfigurableApplicationContext desk = null;
        try {
            imap.setUser(MAILBOX, MAILBOX, "secret");
            imap.start();
            desk = DeskNodes.start(database, "--complaint-desk.scheduling.enabled=true",
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                    "--spring.mail.properties[mail.smtp.timeout]=" + SMTP_READ_TIMEOUT.toMillis(),
                    "--complaint-desk.outbox.poll-interval=PT0.2S",
                    "--complaint-desk.email.imap.host=127.0.0.1",
                    "--complaint-desk.email.imap.port=" + imap.getImap().getPort(),
                    "--complaint-desk.email.imap.protocol=imap",
                    "--complaint-desk.email.imap.username=" + MAILBOX,
                    "--complaint-desk.email.imap.password=secret",
                    "--complaint-desk.email.imap.poll-interval=PT0.2S");
            OutboxRepository outbox = desk.getBean(OutboxRepository.class);
            ComplaintRepository complaints = desk.getBean(ComplaintRepository.class);

            Instant filed = Instant.now();
            String complaintNo = fileByApp(desk.getBean(ComplaintIntake.class));
            await().atMost(Duration.ofSeconds(30)).until(() -> smtp.connections() == 1); // the outbox waits on SMTP

            String messageId = "<" + UUID.randomUUID() + "@mail.example.com>";
            imap.getUserManager().getUser(MAILBOX).deliver(mail(messageId));
            await().atMost(SMTP_READ_TIMEOUT)
                    .until(() -> complaints.findByChannelAndExternalId(Channel.EMAIL, messageId).isPresent());
            OutboxMessage waiting = acknowledgement(outbox, complaintNo);
            assertThat(waiting.getLastError()).isNull(); // still waiting on SMTP: the channel did not wait for it
            assertThat(waiting.getClaimedUntil()).isAfter(Instant.now());

            await().atMost(SMTP_READ_TIMEOUT.plusSeconds(15))
                    .until(() -> acknowledgement(outbox, complaintNo).getLastError() != null);
            OutboxMessage retried = acknowledgement(outbox, complaintNo);
            assertThat(retried.getStatus()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(retried.getAttempts()).isOne();
            assertThat(retried.getClaimedUntil()).isNull();
            assertThat(retried.getLastError()).containsIgnoringCase("timed out");
            assertThat(retried.getNextAttemptAt()).isAfter(filed.plusSeconds(20));
            // and the outbox goes on: the email's acknowledgement is the next to wait on the server
            await().atMost(Duration.ofSeconds(30)).until(() -> smtp.connections() >= 2);
        } finally {
            smtp.close(); // the outbox's waiting send fails at once instead of outliving the desk
            if (desk != null) {
                desk.close();
            }
            imap.stop();
            database.close();
        }
    }

    private static String fileByApp(ComplaintIntake intake) {
        return intake.receive(new IntakeRequest("APP_FORM", "app-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData("C-501", "Wen", "wen@example.com", null, "en", false),
                new IntakeRequest.OrderData("O-" + UUID.randomUUID(), "M-42", null, null, new BigDecimal("25"), "CNY",
                        null, null, null),
                "PAYMENT", "Charged twice for one order", List.of("REFUND"), null), "gateway").complaintNo();
    }

    private static OutboxMessage acknowledgement(OutboxRepository outbox, String complaintNo) {
        return outbox.findByComplaintNoOrderByIdAsc(complaintNo).get(0);
    }

    private static MimeMessage mail(String messageId) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("ann@example.com"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject("Broken lamp", "UTF-8");
        message.setText("The lamp arrived broken.", "UTF-8");
        message.saveChanges();
        message.setHeader("Message-ID", messageId);
        return message;
    }
}
