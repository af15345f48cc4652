package org.complaintdesk.withdrawal;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNote;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.CustomerCredential;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.complaint.OpenCaseRepository;
import org.complaintdesk.negotiation.OfferCancellation;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.ProcessMessages;
import org.complaintdesk.system.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer withdraws the complaint, at any point until its remedy is being carried out: the process ends
 * at once, with its open tasks (also those of evidence and arbitration), and the case is recorded as
 * WITHDRAWN and archived. Withdrawing twice is harmless; once money or goods are moving it is too late (409).
 */
@Service
public class Withdrawals {

    static final String CONFIRMATION = "withdrawn";

    private final CustomerTokens tokens;
    private final ComplaintRepository complaints;
    private final ComplaintNoteRepository notes;
    private final OpenCaseRepository openCases;
    private final OfferCancellation offers;
    private final RuntimeService runtimeService;
    private final Outbox outbox;
    private final CaseEvents events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    Withdrawals(CustomerTokens tokens, ComplaintRepository complaints, ComplaintNoteRepository notes,
                OpenCaseRepository openCases, OfferCancellation offers, RuntimeService runtimeService, Outbox outbox,
                CaseEvents events, Clock clock) {
        this.tokens = tokens;
        this.complaints = complaints;
        this.notes = notes;
        this.openCases = openCases;
        this.offers = offers;
        this.runtimeService = runtimeService;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Complaint withdraw(String complaintNo, String token, String reason) {
        return withdraw(complaintNo, CustomerCredential.token(token), reason);
    }

    /** The customer withdraws, from the API or the case page; the same rules. */
    @Transactional
    public Complaint withdraw(String complaintNo, CustomerCredential customer, String reason) {
        Complaint complaint = tokens.complaintFor(complaintNo, customer);
        if (complaint.getStatus() == ComplaintStatus.WITHDRAWN) {
            return complaint;
        }
        ConflictException tooLate = new ConflictException("cannot-withdraw", "Complaint " + complaintNo + " is "
                + complaint.getStatus() + " and can no longer be withdrawn.");
        if (!complaint.getStatus().isWithdrawable()) {
            throw tooLate;
        }
        notes.save(new ComplaintNote(complaint.getId(), NoteKind.WITHDRAWAL, null, null,
                complaint.getCustomer().getName(), reason == null ? "(no reason given)" : reason, clock.instant()));
        if (!ProcessMessages.correlateIfWaiting(runtimeService, ComplaintHandling.Message.COMPLAINT_WITHDRAWN,
                complaintNo, Map.of())) {
            throw tooLate; // rolls the note back
        }
        return complaint;
    }

    /** In the process: the interrupting event sub-process has cancelled every open task. */
    @Transactional
    void record(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        complaint.withdrawn(clock.instant());
        events.record(complaint, CaseStep.WITHDRAWN, CaseEvents.CUSTOMER, null);
        offers.cancelOpen(complaint.getId());
        openCases.release(complaint.getId());
        outbox.notifyCustomer(complaint, CONFIRMATION, complaintNo, complaint.getCustomer().getName());
    }
}
