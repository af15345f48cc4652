package org.complaintdesk.investigation;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNote;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.ProcessMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds what the customer tells the desk to their case, at any time: it becomes a note, and the process
 * learns of it — as the reply it waits for, or as news for the case owner.
 */
@Service
public class CaseInformation {

    public static final String NOTE_ID = "noteId";

    private final ComplaintNoteRepository notes;
    private final RuntimeService runtimeService;
    private final CaseEvents events;
    private final Clock clock;

    CaseInformation(ComplaintNoteRepository notes, RuntimeService runtimeService, CaseEvents events, Clock clock) {
        this.notes = notes;
        this.runtimeService = runtimeService;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param channel    with {@code externalId}: the channel message, recorded at most once (unique constraint)
     * @return the stored note
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ComplaintNote add(Complaint complaint, NoteKind kind, String channel, String externalId, String author,
                             String text) {
        ComplaintNote note = notes.saveAndFlush(new ComplaintNote(complaint.getId(), kind, channel, externalId,
                author, text, clock.instant()));
        if (kind == NoteKind.CUSTOMER_INFORMATION) {
            events.record(complaint, CaseStep.CUSTOMER_INFORMATION, CaseEvents.CUSTOMER, text);
        }
        String complaintNo = complaint.getComplaintNo();
        boolean answered = kind == NoteKind.CUSTOMER_INFORMATION && ProcessMessages.correlateIfWaiting(runtimeService,
                ComplaintHandling.Message.CUSTOMER_REPLIED, complaintNo,
                Map.of(ComplaintHandling.Var.INFORMATION_RECEIVED, true));
        if (!answered) {
            ProcessMessages.correlateToTriggeredScopeIfWaiting(runtimeService,
                    ComplaintHandling.Message.CUSTOMER_INFORMATION_ADDED, complaintNo, Map.of(NOTE_ID, note.getId()));
        }
        return note;
    }
}
