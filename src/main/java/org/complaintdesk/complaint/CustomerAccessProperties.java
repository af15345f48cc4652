package org.complaintdesk.complaint;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long customer tokens open their complaint, and when a channel may get another one.
 *
 * @param validAfterClose   tokens stop working this long after the case ended (closed or withdrawn)
 * @param replayTokenWithin a channel that replays its own message gets a fresh token only this long after
 *                          the complaint was received (a retry after a timeout, not a later look-up)
 */
@ConfigurationProperties("complaint-desk.customer-access")
record CustomerAccessProperties(@DefaultValue("P30D") Duration validAfterClose,
                                       @DefaultValue("PT24H") Duration replayTokenWithin) {

    CustomerAccessProperties {
        if (validAfterClose.isNegative() || replayTokenWithin.isNegative()) {
            throw new IllegalArgumentException("complaint-desk.customer-access durations must not be negative");
        }
    }
}
