package org.complaintdesk.assignment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * A Camunda business calendar that counts only a desk's working hours: "PT24H" from Friday 20:00 with
 * hours 09:00–21:00 on weekdays ends on the following Tuesday. Durations are ISO-8601 ({@code PT24H},
 * {@code P2D} = 48 working hours).
 */
class WorkingTimeCalendar implements BusinessCalendar {

    static final String NAME_PREFIX = "working-time:";
    private static final int MAX_DAYS = 3_660;

    private final WorkingTimeProperties.WorkingHours hours;
    private final ZoneId zone;

    WorkingTimeCalendar(WorkingTimeProperties.WorkingHours hours, ZoneId zone) {
        this.hours = hours;
        this.zone = zone;
    }

    @Override
    public Date resolveDuedate(String duration) {
        return resolveDuedate(duration, ClockUtil.getCurrentTime());
    }

    @Override
    public Date resolveDuedate(String duration, Task task) {
        return resolveDuedate(duration, task.getCreateTime());
    }

    @Override
    public Date resolveDuedate(String duration, Date start) {
        return Date.from(add(start.toInstant(), Duration.parse(duration)));
    }

    Instant add(Instant start, Duration work) {
        if (work.isNegative()) {
            throw new IllegalArgumentException("negative working time " + work);
        }
        Duration remaining = work;
        ZonedDateTime cursor = start.atZone(zone);
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = cursor.toLocalDate();
            if (hours.isWorkingDay(date)) {
                ZonedDateTime opens = date.atTime(hours.opens()).atZone(zone);
                ZonedDateTime closes = date.atTime(hours.closes()).atZone(zone);
                ZonedDateTime from = cursor.isAfter(opens) ? cursor : opens;
                if (from.isBefore(closes)) {
                    Duration available = Duration.between(from, closes);
                    if (available.compareTo(remaining) >= 0) {
                        return from.plus(remaining).toInstant();
                    }
                    remaining = remaining.minus(available);
                }
            }
            cursor = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + start);
    }
}
