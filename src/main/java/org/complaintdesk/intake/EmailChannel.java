package org.complaintdesk.intake;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The email channel: reads new mail from an IMAP folder and files each as a complaint through the same
 * intake as every other channel. A mail is marked seen only after intake committed (or rejected it for good),
 * so a crash re-reads it; its Message-ID makes the re-read the same complaint, never a second one.
 */
@Component
@ConditionalOnExpression("!'${complaint-desk.email.imap.host:}'.isBlank()")
public class EmailChannel {

    private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

    /**
     * Who files mailed complaints. A colon cannot occur in a service client's id (HTTP Basic), so no client
     * can pass for the mailbox poller, which never passes a customer token on anyway.
     */
    static final String FILER = "channel:EMAIL";

    private final ComplaintIntake intake;
    private final EmailChannelProperties properties;
    private final EmailToComplaint converter;

    EmailChannel(ComplaintIntake intake, EmailChannelProperties properties) {
        this.intake = intake;
        this.properties = properties;
        this.converter = new EmailToComplaint(properties.orderNoPattern());
    }

    @Scheduled(fixedDelayString = "${complaint-desk.email.imap.poll-interval:PT1M}")
    void scheduledPoll() {
        try {
            poll();
        } catch (MessagingException e) {
            log.warn("Email channel: cannot read {}@{}: {}", properties.username(), properties.host(), e.getMessage());
        }
    }

    /** Files every unseen mail; returns how many complaints were received (new or already known). */
    public int poll() throws MessagingException {
        Properties session = new Properties();
        session.put("mail." + properties.protocol() + ".connectiontimeout", millis(properties.connectTimeout()));
        session.put("mail." + properties.protocol() + ".timeout", millis(properties.readTimeout()));
        session.put("mail." + properties.protocol() + ".writetimeout", millis(properties.writeTimeout()));
        Store store = Session.getInstance(session).getStore(properties.protocol());
        store.connect(properties.host(), properties.port(), properties.username(), properties.password());
        try {
            Folder folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            try {
                int received = 0;
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    if (file((MimeMessage) message)) {
                        received++;
                    }
                }
                return received;
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static String millis(Duration timeout) {
        return String.valueOf(timeout.toMillis());
    }

    private boolean file(MimeMessage mail) throws MessagingException {
        try {
            ComplaintIntake.Receipt receipt = intake.receive(converter.convert(mail), FILER);
            mail.setFlag(Flags.Flag.SEEN, true);
            log.info("Email {} filed as complaint {}", mail.getMessageID(), receipt.complaintNo());
            return true;
        } catch (InvalidRequestException | ConflictException e) {
            // can never become a complaint (no sender, empty text, …): set aside, do not retry forever
            mail.setFlag(Flags.Flag.SEEN, true);
            mail.setFlag(Flags.Flag.FLAGGED, true);
            log.warn("Email {} not filed: {}", mail.getMessageID(), e.getMessage());
            return false;
        } catch (IOException e) {
            log.warn("Email {} unreadable, will retry: {}", mail.getMessageID(), e.getMessage());
            return false;
        }
    }
}
