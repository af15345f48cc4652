package org.complaintdesk.assignment;

import java.time.ZoneId;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Registers one working-time business calendar per desk with the engine ({@code working-time:<desk>}),
 * next to Camunda's own duration, due-date and cycle calendars.
 */
@Component
class BusinessCalendars extends AbstractProcessEnginePlugin {

    private final WorkingTimeProperties workingTime;
    private final ZoneId zone;
    private ProcessEngineConfigurationImpl configuration;

    BusinessCalendars(WorkingTimeProperties workingTime, @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.workingTime = workingTime;
        this.zone = zone;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        workingTime.desks().forEach((desk, hours) ->
                calendars.addBusinessCalendar(WorkingTimeCalendar.NAME_PREFIX + desk, new WorkingTimeCalendar(hours, zone)));
        calendars.addBusinessCalendar(WorkingTimeCalendar.NAME_PREFIX + "*",
                new WorkingTimeCalendar(workingTime.standard(), zone));
        configuration.setBusinessCalendarManager(calendars);
        this.configuration = configuration;
    }

    /** The working-time calendar of a desk (its own hours, else the standard ones). */
    BusinessCalendar of(String desk) {
        BusinessCalendar calendar = configuration.getBusinessCalendarManager()
                .getBusinessCalendar(WorkingTimeCalendar.NAME_PREFIX + desk);
        return calendar != null ? calendar
                : configuration.getBusinessCalendarManager().getBusinessCalendar(WorkingTimeCalendar.NAME_PREFIX + "*");
    }
}
