package org.complaintdesk.audit;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.notification.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a complaint's case file for staff, or the customer's part of it. */
@Service
class CaseFiles {

    /** What of the notes the customer sees: their own words and the desk's questions to them. */
    private static final Set<NoteKind> CUSTOMER_NOTES = Set.of(NoteKind.CUSTOMER_INFORMATION, NoteKind.JOINED_COMPLAINT,
            NoteKind.INFORMATION_REQUEST, NoteKind.WITHDRAWAL);

    private final ComplaintRepository complaints;
    private final ComplaintNoteRepository notes;
    private final RemedyOfferRepository offers;
    private final CustomerTokens tokens;
    private final Outbox outbox;
    private final Clock clock;

    CaseFiles(ComplaintRepository complaints, ComplaintNoteRepository notes, RemedyOfferRepository offers,
              CustomerTokens tokens, Outbox outbox, Clock clock) {
        this.complaints = complaints;
        this.notes = notes;
        this.offers = offers;
        this.tokens = tokens;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CaseFile forStaff(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        var c = complaint.getCustomer();
        return assemble(complaint, true,
                new CaseFile.CustomerView(c.getId(), c.getName(), c.getEmail(), c.getPhone(), c.getLocale().tag(), c.isVip()));
    }

    @Transactional(readOnly = true)
    CaseFile forCustomer(String complaintNo, String token) {
        Complaint complaint = tokens.complaintFor(complaintNo, token);
        var c = complaint.getCustomer();
        return assemble(complaint, false,
                new CaseFile.CustomerView(null, c.getName(), null, null, c.getLocale().tag(), c.isVip()));
    }

    private CaseFile assemble(Complaint complaint, boolean staff, CaseFile.CustomerView customer) {
        var o = complaint.getOrder();
        CaseFile.OrderView order = o == null ? null : new CaseFile.OrderView(o.getOrderNo(),
                staff ? o.getMerchantId() : null, o.getMerchantName(), o.getProductName(), o.getAmountPaid(),
                o.getCurrency(), o.getCourier(), o.getTrackingNo(), o.getPaidAt());
        List<CaseFile.OfferView> offerViews = offers.findByComplaintIdOrderByRoundAsc(complaint.getId()).stream()
                .map(f -> new CaseFile.OfferView(f.getRound(), f.getRemedy(), f.getAmount(), f.getCurrency(),
                        f.getReason(), f.getStatus(), f.getOfferedAt(), f.getReplyDueAt(), f.getAnsweredAt(),
                        f.getCustomerComment()))
                .toList();
        List<CaseFile.NoteView> noteViews = notes.findByComplaintIdOrderByIdAsc(complaint.getId()).stream()
                .filter(n -> staff || CUSTOMER_NOTES.contains(n.getKind()))
                .map(n -> new CaseFile.NoteView(n.getKind(), n.getAuthor(), n.getText(), n.getCreatedAt()))
                .toList();
        return new CaseFile(complaint.getComplaintNo(), complaint.getStatus(), complaint.getStage(),
                complaint.getChannel(), complaint.getReceivedAt(), complaint.getOccurredAt(), complaint.getEndedAt(),
                complaint.effectiveCategory(),
                staff ? new CaseFile.Classification(complaint.getClassificationSource(),
                        complaint.getClassificationConfidence(), complaint.isSafetyHazard()) : null,
                complaint.getSeverity(), staff ? complaint.getPriority() : null,
                customer, order, complaint.getDescription(), complaint.getDemands(),
                staff ? new CaseFile.Handling(complaint.getDesk(), complaint.isMerchantInvolved(), complaint.getOwnerId(),
                        complaint.getOwnerDesk(), complaint.getFirstTakenAt(), complaint.isEscalated(),
                        complaint.getResponsibleParty()) : null,
                new CaseFile.Deadlines(complaint.getFirstResponseDueAt(), complaint.getResolutionDueAt(),
                        complaint.getWaitingSince(), complaint.customerWait(clock.instant()).toMinutes()),
                offerViews, noteViews,
                staff ? outbox.messagesFor(complaint.getComplaintNo()).stream().map(m -> new CaseFile.MessageView(
                        m.getRecipientKind() + (m.getRecipientAddress() == null ? "" : " " + m.getRecipientAddress()),
                        m.getTemplate(), m.getSubject(), m.getStatus(), m.getAttempts(), m.getCreatedAt(),
                        m.getSentAt(), m.getLastError())).toList() : null);
    }
}
