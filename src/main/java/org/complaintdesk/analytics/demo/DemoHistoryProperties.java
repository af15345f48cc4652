package org.complaintdesk.analytics.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's history ({@code --complaint-desk.demo-history.enabled=true}): filled once, into an empty database.
 *
 * @param enabled        fill the history at start-up when the database holds no complaint yet
 * @param cases          closed cases over the period
 * @param days           how far back the history reaches
 * @param openComplaints complaints filed through the intake at start-up, so the desks' inboxes are not empty
 * @param seed           the random seed: the same settings give the same history
 */
@ConfigurationProperties("complaint-desk.demo-history")
record DemoHistoryProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue("10000") int cases,
                             @DefaultValue("90") int days,
                             @DefaultValue("24") int openComplaints,
                             @DefaultValue("11") long seed) {

    DemoHistoryProperties {
        if (cases < 0 || days < 30 || openComplaints < 0) {
            throw new IllegalArgumentException("complaint-desk.demo-history: cases and open-complaints must be 0 or"
                    + " more, days at least 30 (the history holds a shopping-season week)");
        }
    }
}
