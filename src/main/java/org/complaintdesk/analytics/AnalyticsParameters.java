package org.complaintdesk.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.system.DeskGroups;
import org.complaintdesk.system.EnumValues;
import org.complaintdesk.system.InvalidRequestException;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;
import org.complaintdesk.system.PlainText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the query parameters every analytics endpoint shares into a {@link Scope}, naming every bad one at once.
 * Without dates the period is the last 30 days up to today in the desk's time zone; a period may span at most
 * {@value #MAX_DAYS} days, so one question never makes the database read years of cases.
 */
@Component
class AnalyticsParameters {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    private final Clock clock;
    private final ZoneId zone;

    AnalyticsParameters(Clock clock, @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The query parameters as they arrive; every one optional. */
    record Query(String from, String to, String category, String channel, String merchant, String courier,
                 String desk, String agent) {
    }

    Scope read(Query q) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate to = date(q.to(), "to", violations);
        LocalDate from = date(q.from(), "from", violations);
        if (to == null && !violations.stream().anyMatch(v -> v.field().equals("to"))) {
            to = from == null ? LocalDate.now(clock.withZone(zone)) : from.plusDays(DEFAULT_DAYS - 1L);
        }
        if (from == null && to != null && !violations.stream().anyMatch(v -> v.field().equals("from"))) {
            from = to.minusDays(DEFAULT_DAYS - 1L);
        }
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                violations.add(new FieldViolation("from", "must not be after to"));
            } else if (Period.of(from, to).days() > MAX_DAYS) {
                violations.add(new FieldViolation("to", "must be at most " + MAX_DAYS + " days after from"));
            }
        }
        Category category = EnumValues.parse(Category.class, q.category(), "category", false, violations);
        Channel channel = EnumValues.parse(Channel.class, q.channel(), "channel", false, violations);
        String merchant = text(q.merchant(), "merchant", 64, violations);
        String courier = text(q.courier(), "courier", 100, violations);
        String desk = text(q.desk(), "desk", 40, violations);
        if (desk != null && !DeskGroups.DESKS.contains(desk)) {
            violations.add(new FieldViolation("desk", "must be one of " + DeskGroups.DESKS));
        }
        String agent = text(q.agent(), "agent", 64, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Scope(Period.of(from, to), new Filters(category, channel, merchant, courier, desk, agent), zone);
    }

    private static LocalDate date(String value, String field, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a date like 2026-11-25"));
            return null;
        }
    }

    private static String text(String value, String field, int maxLength, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            violations.add(new FieldViolation(field, "must be at most " + maxLength + " characters"));
            return null;
        }
        if (!PlainText.is(v)) {
            violations.add(new FieldViolation(field, "must be text without control characters"));
            return null;
        }
        return v;
    }
}
