package org.complaintdesk.assignment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working hours of the desks, in the platform's time zone ({@code complaint-desk.time-zone}).
 *
 * @param standard hours of every desk not listed in {@code desks}
 * @param desks    hours of particular desks, by group id (e.g. {@code finance-desk})
 */
@ConfigurationProperties("complaint-desk.working-time")
public record WorkingTimeProperties(@DefaultValue WorkingHours standard, Map<String, WorkingHours> desks) {

    public WorkingTimeProperties {
        desks = desks == null ? Map.of() : Map.copyOf(desks);
    }

    public WorkingHours of(String desk) {
        return desks.getOrDefault(desk, standard);
    }

    /**
     * @param opens    start of the working day (default 09:00)
     * @param closes   end of the working day (default 21:00)
     * @param days     working days (default every day)
     * @param holidays days off, whatever their weekday
     */
    public record WorkingHours(@DefaultValue("09:00") LocalTime opens, @DefaultValue("21:00") LocalTime closes,
                               Set<DayOfWeek> days, List<LocalDate> holidays) {

        public WorkingHours {
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("working day must open before it closes: " + opens + "-" + closes);
            }
            days = days == null || days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }

        boolean isWorkingDay(LocalDate date) {
            return days.contains(date.getDayOfWeek()) && !holidays.contains(date);
        }
    }
}
