package org.complaintdesk.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailbox complaints arrive in. Polling is off unless {@code host} is set.
 *
 * @param protocol       {@code imap} or {@code imaps}
 * @param folder         the folder read for new (unseen) mail
 * @param orderNoPattern finds an order number in subject or text; group 1 is the number
 * @param connectTimeout bounds the wait for the IMAP server's connection; JavaMail waits forever without it
 * @param readTimeout    bounds each wait for an answer: a hanging server must not stop the channel for good
 * @param writeTimeout   bounds each write to the server
 */
@ConfigurationProperties("complaint-desk.email.imap")
public record EmailChannelProperties(
        String host,
        @DefaultValue("993") int port,
        @DefaultValue("imaps") String protocol,
        String username,
        String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("PT1M") Duration pollInterval,
        @DefaultValue("(?i)(?:order|订单|訂單)\\s*(?:no\\.?|number|#|号|號|编号|編號)?\\s*[:：#]?\\s*([A-Za-z0-9-]{6,40})")
        String orderNoPattern,
        @DefaultValue("PT10S") Duration connectTimeout,
        @DefaultValue("PT30S") Duration readTimeout,
        @DefaultValue("PT30S") Duration writeTimeout) {

    public EmailChannelProperties {
        for (Duration timeout : new Duration[] {connectTimeout, readTimeout, writeTimeout}) {
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("complaint-desk.email.imap timeouts must be positive (0 waits forever)");
            }
        }
    }
}
