package org.complaintdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.intake.ComplaintIntake;
import org.complaintdesk.intake.IntakeRequest;
import org.complaintdesk.support.GreenMailServers;
import org.complaintdesk.support.MailDeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several nodes dispatching the same outbox: every message is sent once (GreenMail counts), whoever wins its claim.
 * The second dispatcher is a second instance over the same database, as another node would be.
 */
@MailDeskTest
class OutboxAcrossNodesTest {

    private static final String CUSTOMER_EMAIL = "mei@example.com";

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailServers.perTest();

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    OutboxRepository messages;

    @Autowired
    OutboxProperties properties;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    Clock clock;

    @Autowired
    Outbox outbox;

    @Autowired
    ComplaintIntake intake;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void twoNodesDispatchingTheSameMessagesAtOnce_sendEachOnce() throws Exception {
        // GreenMail creates an unknown recipient's mailbox on first delivery, racily: two deliveries at once can
        // store a message twice. Created up front, its mailbox counts SMTP deliveries only.
        greenMail.setUser(CUSTOMER_EMAIL, CUSTOMER_EMAIL, "secret");
        String complaintNo = complaintWithMessages(40);
        OutboxDispatcher otherNode = new OutboxDispatcher(messages, mailSender, properties, clock);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (OutboxDispatcher node : List.of(dispatcher, otherNode)) {
                Callable<Integer> run = () -> {
                    together.await();
                    return node.dispatchDue();
                };
                runs.add(nodes.submit(run));
            }
            for (Future<Integer> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            nodes.shutdownNow();
        }

        List<OutboxMessage> rows = messages.findByComplaintNoOrderByIdAsc(complaintNo);
        assertThat(rows).hasSize(41).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo(DeliveryStatus.SENT);
            assertThat(row.getAttempts()).isOne();
        });
        assertThat(receivedMessageIds(complaintNo)).hasSize(41).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(r -> "<outbox-" + r.getId() + "@complaint-desk>").toList());
    }

    @Test
    void messageClaimedLateInALongPoll_isStillClaimedForTheWholeClaimTime() throws Exception {
        dispatcher.dispatchDue(); // nothing else due: only this test's messages below
        String complaintNo = complaintWithMessages(1);
        List<OutboxMessage> rows = messages.findByComplaintNoOrderByIdAsc(complaintNo);
        String lastMessageId = "<outbox-" + rows.get(1).getId() + "@complaint-desk>";
        MovableClock time = new MovableClock(Instant.now());
        RecordingMailSender otherNodeSends = new RecordingMailSender(null);
        OutboxDispatcher otherNode = new OutboxDispatcher(messages, otherNodeSends, properties, time);
        // every send of this node takes longer than a whole claim; while it sends the last message, the other node polls
        RecordingMailSender slowSends = new RecordingMailSender(mime -> {
            if (lastMessageId.equals(mime.getMessageID())) {
                otherNode.dispatchDue();
            }
            time.advance(properties.claimFor().plusMinutes(1));
        });
        OutboxDispatcher slowNode = new OutboxDispatcher(messages, slowSends, properties, time);

        assertThat(slowNode.dispatchDue()).isEqualTo(2);

        assertThat(otherNodeSends.messageIds).doesNotContain(lastMessageId);
        assertThat(slowSends.messageIds).containsOnlyOnce(lastMessageId);
        assertThat(messages.findByComplaintNoOrderByIdAsc(complaintNo))
                .allSatisfy(row -> assertThat(row.getStatus()).isEqualTo(DeliveryStatus.SENT));
    }

    @Test
    void mailServerTimingOut_costsOneTimeoutPerPoll_notOnePerMessage() throws Exception {
        dispatcher.dispatchDue(); // nothing else due: only this test's messages below
        String complaintNo = complaintWithMessages(2);
        RecordingMailSender timingOut = new RecordingMailSender(mime -> {
            throw new MailSendException("Mail server connection failed", new MessagingException(
                    "Exception reading response", new SocketTimeoutException("Read timed out")));
        });
        OutboxDispatcher node = new OutboxDispatcher(messages, timingOut, properties, clock);

        assertThat(node.dispatchDue()).isZero();

        List<OutboxMessage> rows = messages.findByComplaintNoOrderByIdAsc(complaintNo);
        assertThat(rows).extracting(OutboxMessage::getAttempts).containsExactly(1, 0, 0);
        assertThat(rows.get(0).getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(rows.get(0).getLastError()).contains("Mail server connection failed");
        assertThat(rows.get(0).getClaimedUntil()).isNull();
        assertThat(rows.get(0).getNextAttemptAt()).isAfter(Instant.now());

        node.dispatchDue(); // the next poll tries the next message, the first waits for its retry
        assertThat(messages.findByComplaintNoOrderByIdAsc(complaintNo)).extracting(OutboxMessage::getAttempts)
                .containsExactly(1, 1, 0);
    }

    /** A complaint with its acknowledgement and {@code more} messages after it, all due now. */
    private String complaintWithMessages(int more) {
        String complaintNo = intake.receive(new IntakeRequest("CHAT", "chat-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData("C-77", "Mei", CUSTOMER_EMAIL, null, "en", false),
                new IntakeRequest.OrderData("O-" + UUID.randomUUID(), "M-42", null, null, new BigDecimal("10"), "CNY",
                        null, null, null),
                "PAYMENT", "Charged twice for one order", List.of("REFUND"), null), "gateway").complaintNo();
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            for (int i = 0; i < more; i++) {
                outbox.notifyCustomer(complaint, "acknowledgement", complaintNo, "Mei", "tomorrow");
            }
        });
        return complaintNo;
    }

    private static List<String> receivedMessageIds(String complaintNo) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> complaintNo.equals(header(m, "X-Complaint-No")))
                .map(m -> header(m, "Message-ID")).toList();
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail sender that records what it was given, and does what the test says instead of talking SMTP. */
    private static final class RecordingMailSender extends JavaMailSenderImpl {

        interface OnSend {
            void accept(MimeMessage message) throws Exception;
        }

        final List<String> messageIds = new ArrayList<>();
        private final OnSend onSend;

        RecordingMailSender(OnSend onSend) {
            this.onSend = onSend;
            Properties timeouts = new Properties();
            timeouts.put("mail.smtp.connectiontimeout", "2000");
            timeouts.put("mail.smtp.timeout", "2000");
            timeouts.put("mail.smtp.writetimeout", "2000");
            setJavaMailProperties(timeouts);
        }

        @Override
        public void send(MimeMessage message) {
            try {
                message.saveChanges();
                messageIds.add(message.getMessageID());
                if (onSend != null) {
                    onSend.accept(message);
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class MovableClock extends Clock {

        private volatile Instant now;

        private MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
