package org.complaintdesk.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;

/** A fresh GreenMail (SMTP and IMAP on 127.0.0.1) for each test method of a {@link MailDeskTest}. */
public final class GreenMailServers {

    public static GreenMailExtension perTest() {
        return new GreenMailExtension(new ServerSetup[] {
                new ServerSetup(MailDeskTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(MailDeskTest.IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser(MailDeskTest.MAILBOX, MailDeskTest.MAILBOX, MailDeskTest.MAILBOX_PASSWORD))
                .withPerMethodLifecycle(true);
    }

    /** How many times the mail server received each Message-ID. */
    public static Map<String, Long> messageIdCounts(GreenMail mailServer) {
        Map<String, Long> received = new HashMap<>();
        for (MimeMessage message : mailServer.getReceivedMessages()) {
            try {
                received.merge(message.getMessageID(), 1L, Long::sum);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return received;
    }

    private GreenMailServers() {
    }
}
