package org.complaintdesk.investigation;

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
import org.complaintdesk.complaint.ComplaintNote;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent needs more from the customer: the question goes out, the resolution clock stops until the
 * customer answers or the reply deadline passes.
 */
@Service
class InformationRequests {

    static final String TEMPLATE = "information-request";

    private final ComplaintRepository complaints;
    private final ComplaintNoteRepository notes;
    private final Outbox outbox;
    private final CaseEvents events;
    private final Clock clock;
    private final ZoneId zone;

    InformationRequests(ComplaintRepository complaints, ComplaintNoteRepository notes, Outbox outbox, CaseEvents events,
                        Clock clock,
                        @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.complaints = complaints;
        this.notes = notes;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    static final String ASKED_AT = "informationRequestedAt";

    /** @return the reply deadline and when the question was asked, as process variables */
    @Transactional
    Asked request(String complaintNo, String question, Duration replyWithin, String agent) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        Instant now = clock.instant();
        Instant due = now.plus(replyWithin);
        notes.save(new ComplaintNote(complaint.getId(), NoteKind.INFORMATION_REQUEST, null, null,
                agent == null ? "desk" : agent, question, now));
        complaint.waitForCustomer(ComplaintStatus.WAITING_FOR_CUSTOMER, now);
        events.record(complaint, CaseStep.INFORMATION_REQUESTED, agent, question);
        outbox.notifyCustomer(complaint, TEMPLATE, complaintNo, complaint.getCustomer().getName(), question,
                outbox.customerTime(complaint, due));
        return new Asked(now, due);
    }

    /** A question on its way: the process waits for the reply until it is due. */
    record Asked(Instant askedAt, Instant replyDue) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.CUSTOMER_REPLY_DUE, Date.from(replyDue), ASKED_AT, Date.from(askedAt));
        }
    }

    /**
     * The investigation goes on, with or without the customer's reply.
     *
     * @param resolutionDue moved on by the time the case waited for the customer
     */
    record Resumed(boolean answered, Instant resolutionDue, String resolutionDueText, Duration customerWait)
            implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.INFORMATION_RECEIVED, answered, Var.RESOLUTION_DUE, Date.from(resolutionDue),
                    "resolutionDueText", resolutionDueText, "customerWaitHours", customerWait.toMinutes() / 60.0);
        }
    }

    /** The customer answered, or the deadline passed: the clock runs again, the deadline moves by the pause. */
    @Transactional
    Resumed resume(String complaintNo, Instant askedAt) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        complaint.customerAnswered(ComplaintStatus.OPEN, clock.instant());
        boolean answered = notes.existsByComplaintIdAndKindAndCreatedAtAfter(complaint.getId(),
                NoteKind.CUSTOMER_INFORMATION, askedAt);
        return new Resumed(answered, complaint.getResolutionDueAt(),
                CaseSummary.deskTime(complaint.getResolutionDueAt(), zone), complaint.customerWait(clock.instant()));
    }
}
