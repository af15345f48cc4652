package org.complaintdesk.investigation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNote;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.complaint.ResponsibleParty;
import org.complaintdesk.negotiation.RemedyProposal;
import org.complaintdesk.process.ComplaintHandling.Outcome;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.system.EnumValues;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the agent found: checked, then recorded on the complaint before the case moves on. */
@Service
class Investigation {

    private static final int MAX_TEXT = 4_000;

    private final ComplaintRepository complaints;
    private final ComplaintNoteRepository notes;
    private final CaseEvents events;
    private final Clock clock;

    Investigation(ComplaintRepository complaints, ComplaintNoteRepository notes, CaseEvents events, Clock clock) {
        this.complaints = complaints;
        this.notes = notes;
        this.events = events;
        this.clock = clock;
    }

    record Result(String agent, Object findings, Object responsibleParty, Object outcome, Object informationRequest,
                  Object remedy, Object remedyAmount, Object remedyReason) {
    }

    @Transactional
    void completed(String complaintNo, Result result) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        List<FieldViolation> violations = new ArrayList<>();
        String findings = text(result.findings(), Var.FINDINGS, true, violations);
        ResponsibleParty party = EnumValues.parse(ResponsibleParty.class, result.responsibleParty(),
                Var.RESPONSIBLE_PARTY, true, violations);
        String outcome = String.valueOf(result.outcome());
        if (Outcome.REQUEST_INFORMATION.equals(outcome)) {
            text(result.informationRequest(), Var.INFORMATION_REQUEST, true, violations);
        } else if (Outcome.OFFER_REMEDY.equals(outcome)) {
            try {
                RemedyProposal.from(result.remedy(), result.remedyAmount(), result.remedyReason(),
                        complaint.hasOrder() ? complaint.getOrder().getAmountPaid() : null);
            } catch (InvalidRequestException e) {
                violations.addAll(e.violations());
            }
        } else {
            violations.add(new FieldViolation(Var.INVESTIGATION_OUTCOME,
                    "must be " + Outcome.OFFER_REMEDY + " or " + Outcome.REQUEST_INFORMATION));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        complaint.investigated(party);
        events.record(complaint, CaseStep.INVESTIGATED, result.agent(), "responsible: " + party + "; next: " + outcome);
        notes.save(new ComplaintNote(complaint.getId(), NoteKind.FINDINGS, null, null,
                result.agent() == null ? "desk" : result.agent(), findings, clock.instant()));
    }

    private static String text(Object value, String field, boolean required, List<FieldViolation> violations) {
        String text = value == null ? "" : value.toString().strip();
        if (required && text.isEmpty()) {
            violations.add(new FieldViolation(field, "is required"));
        } else if (text.length() > MAX_TEXT) {
            violations.add(new FieldViolation(field, "must be at most " + MAX_TEXT + " characters"));
        }
        return text;
    }
}
