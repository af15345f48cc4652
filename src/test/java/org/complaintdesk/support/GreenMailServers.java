package org.complaintdesk.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

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

    private GreenMailServers() {
    }
}
