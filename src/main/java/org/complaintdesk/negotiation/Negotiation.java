package org.complaintdesk.negotiation;

import java.time.Clock;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.process.DecidedRemedy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a negotiation ends: an agreed remedy (carried out next), or the platform steps in after the last
 * rejected offer. The case stays open either way until it is closed.
 */
@Service
class Negotiation {

    static final String AGREED = "agreement";
    static final String PLATFORM_INTERVENES = "platform-intervention";

    private final ComplaintRepository complaints;
    private final RemedyOfferRepository offers;
    private final Outbox outbox;
    private final CaseEvents events;
    private final Clock clock;

    Negotiation(ComplaintRepository complaints, RemedyOfferRepository offers, Outbox outbox, CaseEvents events,
                Clock clock) {
        this.complaints = complaints;
        this.offers = offers;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** @return the agreed remedy and amount, for the remedy execution */
    @Transactional
    DecidedRemedy agreed(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        RemedyOffer offer = offers.findFirstByComplaintIdOrderByRoundDesc(complaint.getId())
                .filter(o -> o.getStatus().isAccepted())
                .orElseThrow(() -> new IllegalStateException(complaintNo + " has no accepted offer"));
        complaint.agreed(offer.getRemedy(), offer.getAmount(), clock.instant());
        events.record(complaint, CaseStep.AGREED, CaseEvents.SYSTEM, "offer " + offer.getRound() + ": "
                + offer.getRemedy() + (offer.getAmount() == null ? "" : " " + offer.getAmount()));
        outbox.notifyCustomer(complaint, AGREED, complaintNo, complaint.getCustomer().getName());
        return DecidedRemedy.agreed(offer.getRemedy(), offer.getAmount());
    }

    @Transactional
    void handOverToPlatform(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        complaint.handedToPlatform();
        events.record(complaint, CaseStep.HANDED_TO_PLATFORM, CaseEvents.SYSTEM, "no agreement after the last offer");
        outbox.notifyCustomer(complaint, PLATFORM_INTERVENES, complaintNo, complaint.getCustomer().getName());
    }
}
