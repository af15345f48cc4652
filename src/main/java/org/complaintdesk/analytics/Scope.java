package org.complaintdesk.analytics;

import java.time.Instant;
import java.time.ZoneId;

/** What an analytics request asks about: a period, its filters, and the desk's time zone days are counted in. */
record Scope(Period period, Filters filters, ZoneId zone) {

    Instant start() {
        return period.start(zone);
    }

    Instant end() {
        return period.end(zone);
    }

    /** The same filters over the period of the same length just before. */
    Scope previous() {
        return new Scope(period.previous(), filters, zone);
    }
}
