package org.complaintdesk.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize      messages one poll sends at most
 * @param maxAttempts    attempts before a message is marked FAILED
 * @param firstRetryDelay delay after the first failure; doubles with each further failure
 * @param maxRetryDelay  upper bound of that delay
 * @param from           sender address of outgoing mail
 * @param claimFor       how long a dispatcher has a message to itself; then another node may send it. The SMTP
 *                       timeouts must let a send end well within it ({@link SmtpTimeouts})
 */
@ConfigurationProperties("complaint-desk.outbox")
public record OutboxProperties(Duration pollInterval, int batchSize, int maxAttempts, Duration firstRetryDelay,
                               Duration maxRetryDelay, String from, @DefaultValue("PT5M") Duration claimFor) {
}
