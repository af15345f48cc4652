package org.complaintdesk.system;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Back-off for failed logins and wrong customer tokens, kept in memory per node.
 *
 * @param loginsPerSource    failed logins (HTTP Basic on {@code /api} and {@code /engine-rest}, the webapps' login)
 *                           per client address
 * @param tokensPerSource    wrong customer tokens per client address
 * @param tokensPerComplaint wrong customer tokens per complaint number, from anywhere
 * @param forgetAfter        a key with no failure for this long starts afresh
 * @param maxTracked         most keys each limit remembers (least recently used go first): bounds memory
 *                           whatever number of addresses an attacker has
 * @param exemptSources      addresses never limited per source (empty in production; the tests' loopback)
 */
@ConfigurationProperties("complaint-desk.throttle")
record ThrottleProperties(@DefaultValue Limit loginsPerSource,
                          @DefaultValue Limit tokensPerSource,
                          @DefaultValue Limit tokensPerComplaint,
                          @DefaultValue("PT1H") Duration forgetAfter,
                          @DefaultValue("10000") int maxTracked,
                          List<String> exemptSources) {

    ThrottleProperties {
        exemptSources = exemptSources == null ? List.of() : List.copyOf(exemptSources);
        if (maxTracked < 1) {
            throw new IllegalArgumentException("complaint-desk.throttle.max-tracked must be at least 1");
        }
    }

    /**
     * @param freeFailures failures before the first wait
     * @param firstDelay   the first wait; each further failure doubles it
     * @param maxDelay     the longest wait
     */
    record Limit(@DefaultValue("10") int freeFailures, @DefaultValue("PT1S") Duration firstDelay,
                 @DefaultValue("PT15M") Duration maxDelay) {

        Limit {
            if (freeFailures < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("a throttle limit needs free-failures >= 1 and"
                        + " 0 < first-delay <= max-delay");
            }
        }
    }
}
