package org.complaintdesk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox messages by SMTP, each at least once: a message is marked sent only after the mail
 * server took it; failures are retried with growing delays, then marked FAILED. A crash between sending
 * and marking can send one message twice; its Message-ID ({@code <outbox-ID@complaint-desk>}) stays the same,
 * so mail clients show it once. Exists only when SMTP is configured ({@code spring.mail.host}); without it
 * messages stay PENDING and visible.
 *
 * <p>Several nodes may dispatch at once: each message is claimed, just before it is sent, by a conditional update
 * that only one dispatcher wins, for {@code claim-for} from that moment. The SMTP timeouts keep every send well
 * within the claim ({@link SmtpTimeouts}; the desk refuses to start otherwise). A send that times out ends the poll:
 * a mail server that hangs costs one timeout per poll, not one per message of the batch.
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private enum Attempt { SENT, FAILED, TIMED_OUT }

    private final OutboxRepository messages;
    private final JavaMailSender mailSender;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Supplier<CustomerLinks> customerLinks;

    /** Without case-page links: the placeholder in customers' messages is left out. */
    OutboxDispatcher(OutboxRepository messages, JavaMailSender mailSender, OutboxProperties properties, Clock clock) {
        this(messages, mailSender, properties, clock, () -> null);
    }

    @Autowired
    OutboxDispatcher(OutboxRepository messages, JavaMailSender mailSender, OutboxProperties properties, Clock clock,
                     ObjectProvider<CustomerLinks> customerLinks) {
        this(messages, mailSender, properties, clock, customerLinks::getIfAvailable);
    }

    private OutboxDispatcher(OutboxRepository messages, JavaMailSender mailSender, OutboxProperties properties,
                             Clock clock, Supplier<CustomerLinks> customerLinks) {
        this.messages = messages;
        this.customerLinks = customerLinks;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        SmtpTimeouts.of(mailSender).requireWithin(properties.claimFor());
    }

    @Scheduled(fixedDelayString = "${complaint-desk.outbox.poll-interval}")
    void poll() {
        dispatchDue();
    }

    /** Sends what is due now; returns how many messages were sent. */
    public int dispatchDue() {
        int sent = 0;
        for (Long id : messages.findDue(clock.instant(), PageRequest.of(0, properties.batchSize()))) {
            // claimed from now, not from the start of the poll: earlier sends of this batch took their time
            Instant now = clock.instant();
            if (messages.claim(id, now, now.plus(properties.claimFor())) != 1) {
                continue; // another node has it, or sent it
            }
            Attempt attempt = send(messages.findById(id).orElseThrow());
            if (attempt == Attempt.SENT) {
                sent++;
            } else if (attempt == Attempt.TIMED_OUT) {
                break; // the rest of the batch stays unclaimed, for the next poll or another node
            }
        }
        return sent;
    }

    private Attempt send(OutboxMessage message) {
        try {
            mailSender.send(toMime(message));
            messages.markSent(message.getId(), clock.instant());
            return Attempt.SENT;
        } catch (MailException | MessagingException e) {
            int attempts = message.getAttempts();
            boolean exhausted = attempts >= properties.maxAttempts();
            Instant next = clock.instant().plus(backoff(attempts));
            messages.markAttemptFailed(message.getId(), exhausted ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
                    next, abbreviate(e.getMessage()));
            log.warn("Outbox message {} for {} not sent (attempt {}/{}): {}", message.getId(),
                    message.getComplaintNo(), attempts, properties.maxAttempts(), e.getMessage());
            return timedOut(e) ? Attempt.TIMED_OUT : Attempt.FAILED;
        }
    }

    /** Whether the mail server let a connect, read or write time out (JavaMail and Spring nest the cause). */
    static boolean timedOut(Throwable failure) {
        if (failure == null) {
            return false;
        }
        if (failure instanceof SocketTimeoutException) {
            return true;
        }
        if (failure instanceof MailSendException sendFailure
                && Arrays.stream(sendFailure.getMessageExceptions()).anyMatch(OutboxDispatcher::timedOut)) {
            return true;
        }
        return failure.getCause() != failure && timedOut(failure.getCause());
    }

    private MimeMessage toMime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new IdentifiedMimeMessage(mailSender.createMimeMessage(),
                "<outbox-" + message.getId() + "@complaint-desk>");
        MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(message.getRecipientAddress());
        helper.setSubject(message.getSubject());
        helper.setText(withCaseLink(message), false);
        mime.setHeader("Content-Language", message.getLocale());
        mime.setHeader("X-Complaint-No", message.getComplaintNo());
        return mime;
    }

    /** The body with a fresh link to the customer's case page where the outbox left its placeholder. */
    private String withCaseLink(OutboxMessage message) {
        String body = message.getBody();
        int at = body.lastIndexOf(Outbox.CASE_PAGE_LINK);
        if (message.getRecipientKind() != RecipientKind.CUSTOMER || at < 0) {
            return body;
        }
        CustomerLinks links = customerLinks.get();
        String link = links == null ? "" : links.linkFor(message.getComplaintNo());
        return body.substring(0, at) + link + body.substring(at + Outbox.CASE_PAGE_LINK.length());
    }

    /** First retry after {@code firstRetryDelay}, doubling up to {@code maxRetryDelay}. */
    Duration backoff(int attempts) {
        Duration delay = properties.firstRetryDelay().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(properties.maxRetryDelay()) > 0 ? properties.maxRetryDelay() : delay;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "unknown error";
        }
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** A MimeMessage that keeps our Message-ID instead of generating one on save. */
    private static final class IdentifiedMimeMessage extends MimeMessage {

        private final String messageId;

        private IdentifiedMimeMessage(MimeMessage template, String messageId) throws MessagingException {
            super(template.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
