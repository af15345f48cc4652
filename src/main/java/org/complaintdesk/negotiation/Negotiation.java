package org.complaintdesk.negotiation;

import java.time.Clock;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.OpenCaseRepository;
import org.complaintdesk.notification.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How a negotiation ends: an agreed remedy, or the platform steps in after the last rejected offer. */
@Service
class Negotiation {

    static final String AGREED = "agreement";
    static final String PLATFORM_INTERVENES = "platform-intervention";

    private final ComplaintRepository complaints;
    private final OpenCaseRepository openCases;
    private final Outbox outbox;
    private final Clock clock;

    Negotiation(ComplaintRepository complaints, OpenCaseRepository openCases, Outbox outbox, Clock clock) {
        this.complaints = complaints;
        this.openCases = openCases;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    void agreed(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        complaint.agreed();
        outbox.notifyCustomer(complaint, AGREED, complaintNo, complaint.getCustomer().getName());
        openCases.release(complaint.getId());
    }

    @Transactional
    void handOverToPlatform(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        complaint.handedToPlatform();
        outbox.notifyCustomer(complaint, PLATFORM_INTERVENES, complaintNo, complaint.getCustomer().getName());
        openCases.release(complaint.getId());
    }
}
