package org.complaintdesk.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingTimeCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final WorkingTimeCalendar everyDay = new WorkingTimeCalendar(new WorkingTimeProperties.WorkingHours(
            LocalTime.of(9, 0), LocalTime.of(21, 0), null, List.of(LocalDate.of(2026, 10, 1))), SHANGHAI);

    final WorkingTimeCalendar weekdays = new WorkingTimeCalendar(new WorkingTimeProperties.WorkingHours(
            LocalTime.of(9, 0), LocalTime.of(18, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null),
            SHANGHAI);

    @Test
    void withinOneWorkingDay_addsPlainHours() {
        assertThat(everyDay.add(at("2026-11-25T10:00"), Duration.ofHours(3))).isEqualTo(at("2026-11-25T13:00"));
    }

    @Test
    void pastClosing_continuesNextMorning() {
        assertThat(everyDay.add(at("2026-11-25T20:00"), Duration.ofHours(3))).isEqualTo(at("2026-11-26T11:00"));
    }

    @Test
    void receivedAtNight_startsCountingAtOpening() {
        assertThat(everyDay.add(at("2026-11-25T23:30"), Duration.ofHours(1))).isEqualTo(at("2026-11-26T10:00"));
    }

    @Test
    void twentyFourWorkingHours_takeTwoTwelveHourDays() {
        assertThat(everyDay.add(at("2026-11-25T09:00"), Duration.ofHours(24))).isEqualTo(at("2026-11-26T21:00"));
    }

    @Test
    void holidays_andWeekendsDoNotCount() {
        // 1 October is a holiday: work resumes on the 2nd
        assertThat(everyDay.add(at("2026-09-30T20:00"), Duration.ofHours(2))).isEqualTo(at("2026-10-02T10:00"));
        // Friday 17:00 + 2 h on a weekday desk: 1 h on Friday, 1 h on Monday
        assertThat(weekdays.add(at("2026-11-27T17:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-30T10:00"));
    }

    @Test
    void camundaInterface_resolvesIsoDurations() {
        assertThat(weekdays.resolveDuedate("PT9H", java.util.Date.from(at("2026-11-28T12:00"))).toInstant())
                .isEqualTo(at("2026-11-30T18:00")); // Saturday noon: the whole of Monday
    }

    private static Instant at(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI).toInstant();
    }
}
