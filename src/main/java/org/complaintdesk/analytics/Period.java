package org.complaintdesk.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Whole days in the desk's time zone, both ends included: what people mean by "1 to 30 November". The database is
 * asked for {@code [start, end)} instants, so a case closed at midnight belongs to exactly one day.
 *
 * @param days how many days the period has; the previous period has as many
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Period(LocalDate from, LocalDate to, long days) {

    static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to, ChronoUnit.DAYS.between(from, to) + 1);
    }

    /** The period of the same length just before this one: the figures' point of comparison. */
    Period previous() {
        return of(from.minusDays(days), from.minusDays(1));
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
