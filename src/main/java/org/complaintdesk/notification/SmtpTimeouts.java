package org.complaintdesk.notification;

import java.time.Duration;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP time limits the outbox relies on ({@code spring.mail.properties[mail.smtp.*timeout]}, milliseconds).
 * Without them JavaMail waits forever for a server that stops answering. A claimed message becomes another node's
 * to send when its claim expires, so one send must end before that: a send is a connection, at most about a dozen
 * exchanges with the server (greeting, EHLO, STARTTLS and EHLO again, AUTH in up to three steps, MAIL, RCPT, DATA,
 * the end of the message, QUIT), each waiting at most the read timeout, and writing the message.
 */
record SmtpTimeouts(Duration connect, Duration read, Duration write) {

    static final int MOST_EXCHANGES = 12;

    static SmtpTimeouts of(JavaMailSender sender) {
        if (!(sender instanceof JavaMailSenderImpl configured)) {
            throw new IllegalStateException("Cannot check the SMTP timeouts of " + sender.getClass().getName());
        }
        String protocol = configured.getProtocol() == null ? "smtp" : configured.getProtocol();
        Properties session = configured.getSession().getProperties();
        return new SmtpTimeouts(millis(session, "mail." + protocol + ".connectiontimeout"),
                millis(session, "mail." + protocol + ".timeout"),
                millis(session, "mail." + protocol + ".writetimeout"));
    }

    /** The longest one send can take when the server answers every exchange just before the read timeout. */
    Duration longestSend() {
        return connect.plus(write).plus(read.multipliedBy(MOST_EXCHANGES));
    }

    /** Refuses (throws) unless the longest send ends within {@code claimFor}. */
    void requireWithin(Duration claimFor) {
        if (longestSend().compareTo(claimFor) >= 0) {
            throw new IllegalStateException("SMTP timeouts too long for complaint-desk.outbox.claim-for=" + claimFor
                    + ": connect " + connect + " + write " + write + " + " + MOST_EXCHANGES + " × read " + read + " = "
                    + longestSend() + "; another node could send a message a second time while this one still waits");
        }
    }

    private static Duration millis(Properties session, String key) {
        Object value = session.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("spring.mail.properties[" + key + "] is not set: a mail server that"
                    + " stops answering would hold the outbox forever");
        }
        long millis = Long.parseLong(value.toString().trim());
        if (millis <= 0) {
            throw new IllegalStateException("spring.mail.properties[" + key + "] must be positive (0 waits forever)");
        }
        return Duration.ofMillis(millis);
    }
}
