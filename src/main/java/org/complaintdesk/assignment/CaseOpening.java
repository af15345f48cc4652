package org.complaintdesk.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.CaseSummary;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ResponsibleParty;
import org.complaintdesk.complaint.Severity;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the case at its desk with what the decision tables decided: severity and priority, desk, deadlines
 * (the resolution deadline in the desk's working time where the service levels say so) and the responsible
 * party the agent finds pre-filled.
 */
@Service
class CaseOpening {

    private final ComplaintRepository complaints;
    private final BusinessCalendars calendars;
    private final CaseEvents events;
    private final ZoneId zone;
    private final Clock clock;

    CaseOpening(ComplaintRepository complaints, BusinessCalendars calendars, CaseEvents events,
                @Value("${complaint-desk.time-zone}") ZoneId zone, Clock clock) {
        this.complaints = complaints;
        this.calendars = calendars;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
    }

    record Decisions(Severity severity, int priority, String desk, boolean merchantInvolved,
                     ResponsibleParty likelyResponsible, Duration firstResponse, Duration resolution,
                     boolean resolutionInWorkingTime) {
    }

    @Transactional
    Opened open(String complaintNo, Decisions decisions) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        complaint.opened(decisions.severity(), decisions.priority(), decisions.desk(), decisions.merchantInvolved());

        Instant received = complaint.getReceivedAt();
        Instant graded = received.plus(decisions.firstResponse());
        Instant promised = complaint.getFirstResponseDueAt();
        Instant firstResponseDue = promised != null && promised.isBefore(graded) ? promised : graded;
        Instant resolutionDue = decisions.resolutionInWorkingTime()
                ? calendars.of(decisions.desk()).resolveDuedate(decisions.resolution().toString(), Date.from(received)).toInstant()
                : received.plus(decisions.resolution());
        // time the customer already made the case wait (a joined message cannot have paused it yet)
        resolutionDue = resolutionDue.plus(complaint.customerWait(clock.instant()));
        complaint.deadlines(firstResponseDue, resolutionDue);
        events.record(complaint, CaseStep.OPENED, CaseEvents.SYSTEM, decisions.desk() + ", severity " + decisions.severity()
                + ", priority " + decisions.priority() + ", first response by " + firstResponseDue + ", resolution by "
                + resolutionDue);

        return new Opened(firstResponseDue, resolutionDue, CaseSummary.deskTime(firstResponseDue, zone),
                CaseSummary.deskTime(resolutionDue, zone), decisions.likelyResponsible());
    }

    /**
     * An open case: its deadlines, for the timers and, in the desk's time, for the forms.
     *
     * @param likelyResponsible pre-filled for the agent, who records what the investigation found
     */
    record Opened(Instant firstResponseDue, Instant resolutionDue, String firstResponseDueText,
                  String resolutionDueText, ResponsibleParty likelyResponsible) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.FIRST_RESPONSE_DUE, Date.from(firstResponseDue),
                    Var.RESOLUTION_DUE, Date.from(resolutionDue), "firstResponseDueText", firstResponseDueText,
                    "resolutionDueText", resolutionDueText, Var.RESPONSIBLE_PARTY, likelyResponsible.name());
        }
    }
}
