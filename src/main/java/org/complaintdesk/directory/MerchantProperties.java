package org.complaintdesk.directory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param webhookKey        base64 of the 256-bit AES key that encrypts webhook secrets in the database; without it
 *                          the desk refuses to set a webhook
 * @param allowHttpLoopback whether a webhook may be plain http to localhost / 127.0.0.1 (tests only); otherwise https
 * @param caseLink          the link an event carries, {@code {complaintNo}} replaced
 * @param webhooks          how the poller posts events
 */
@ConfigurationProperties("complaint-desk.merchants")
record MerchantProperties(String webhookKey, @DefaultValue("false") boolean allowHttpLoopback, String caseLink,
                          Webhooks webhooks) {

    /**
     * @param maxAttempts     posts of one event before it is marked FAILED
     * @param firstRetryDelay delay after the first failure; doubles with each further one, up to maxRetryDelay
     * @param claimFor        how long one poller has a delivery to itself; must exceed connect + request timeout
     * @param timeout         connect and answer timeout of one post
     */
    record Webhooks(Duration pollInterval, int batchSize, int maxAttempts, Duration firstRetryDelay,
                    Duration maxRetryDelay, Duration claimFor, Duration timeout) {
    }
}
