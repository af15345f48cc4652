package org.complaintdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.intake.ComplaintIntake;
import org.complaintdesk.intake.IntakeRequest;
import org.complaintdesk.support.GreenMailServers;
import org.complaintdesk.support.MailDeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Outgoing messages by SMTP against a real mail server (GreenMail): sent, retried, given up, never for a rollback. */
@MailDeskTest
class OutboxDispatchTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailServers.perTest();

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRepository messages;

    @Autowired
    ComplaintIntake intake;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void acknowledgement_isSentBySmtp() throws Exception {
        String complaintNo = file();

        dispatcher.dispatchDue();

        List<MimeMessage> sent = sentFor(complaintNo);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getSubject()).isEqualTo("We received your complaint " + complaintNo);
        assertThat(sent.get(0).getAllRecipients()[0].toString()).isEqualTo("mei@example.com");
        OutboxMessage message = messages.findByComplaintNoOrderByIdAsc(complaintNo).get(0);
        assertThat(sent.get(0).getMessageID()).isEqualTo("<outbox-" + message.getId() + "@complaint-desk>");
        assertThat(message.getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(message.getSentAt()).isNotNull();
        assertThat(message.getAttempts()).isEqualTo(1);

        dispatcher.dispatchDue();
        assertThat(sentFor(complaintNo)).hasSize(1); // sent once, not again
    }

    @Test
    void mailServerDown_messageIsKeptAndRetriedLater() throws Exception {
        String complaintNo = file();
        greenMail.stop();

        dispatcher.dispatchDue();

        OutboxMessage failed = messages.findByComplaintNoOrderByIdAsc(complaintNo).get(0);
        assertThat(failed.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(failed.getNextAttemptAt()).isAfter(Instant.now());

        greenMail.start();
        dispatcher.dispatchDue();
        assertThat(sentFor(complaintNo)).isEmpty(); // not due yet

        moveClock(Duration.ofMinutes(1));
        dispatcher.dispatchDue();

        assertThat(sentFor(complaintNo)).hasSize(1);
        OutboxMessage sent = messages.findByComplaintNoOrderByIdAsc(complaintNo).get(0);
        assertThat(sent.getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
    }

    @Test
    void mailServerDownForGood_givesUpAfterMaxAttempts() {
        String complaintNo = file();
        greenMail.stop();

        for (int attempt = 1; attempt <= 3; attempt++) {
            dispatcher.dispatchDue();
            moveClock(Duration.ofHours(2));
        }
        dispatcher.dispatchDue();

        OutboxMessage message = messages.findByComplaintNoOrderByIdAsc(complaintNo).get(0);
        assertThat(message.getStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(message.getAttempts()).isEqualTo(3);
    }

    @Test
    void rolledBackChange_leavesNoMessageAndSendsNothing() throws Exception {
        String complaintNo = file();
        Complaint complaint = complaints.getByComplaintNo(complaintNo);

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            outbox.notifyCustomer(complaint, "acknowledgement", complaintNo, "Mei", "tomorrow");
            tx.setRollbackOnly();
        });
        dispatcher.dispatchDue();

        assertThat(messages.findByComplaintNoOrderByIdAsc(complaintNo)).hasSize(1); // the acknowledgement only
        assertThat(sentFor(complaintNo)).hasSize(1);
    }

    @Test
    void messageOutsideATransaction_isRefused() {
        Complaint complaint = complaints.getByComplaintNo(file());

        assertThatThrownBy(() -> outbox.notifyCustomer(complaint, "acknowledgement", "x", "y", "z"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void backoff_doublesUpToTheMaximum() {
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(dispatcher.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(dispatcher.backoff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(dispatcher.backoff(30)).isEqualTo(Duration.ofHours(1));
    }

    private String file() {
        return intake.receive(new IntakeRequest("CHAT", "chat-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData("C-42", "Mei", "mei@example.com", null, "en", true),
                new IntakeRequest.OrderData("O-" + UUID.randomUUID(), "M-42", null, null, new BigDecimal("10"), "CNY", null, null, null),
                "PAYMENT", "Charged twice for one order", List.of("REFUND"), null), "gateway").complaintNo();
    }

    private List<MimeMessage> sentFor(String complaintNo) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return complaintNo.equals(m.getHeader("X-Complaint-No", null));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }
}
