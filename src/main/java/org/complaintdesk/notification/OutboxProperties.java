package org.complaintdesk.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param batchSize      messages one poll sends at most
 * @param maxAttempts    attempts before a message is marked FAILED
 * @param firstRetryDelay delay after the first failure; doubles with each further failure
 * @param maxRetryDelay  upper bound of that delay
 * @param from           sender address of outgoing mail
 */
@ConfigurationProperties("complaint-desk.outbox")
public record OutboxProperties(Duration pollInterval, int batchSize, int maxAttempts, Duration firstRetryDelay,
                               Duration maxRetryDelay, String from) {
}
