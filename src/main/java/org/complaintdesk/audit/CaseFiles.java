package org.complaintdesk.audit;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.complaintdesk.arbitration.ArbitrationRepository;
import org.complaintdesk.arbitration.EvidenceParty;
import org.complaintdesk.arbitration.EvidenceRepository;
import org.complaintdesk.complaint.CaseEventRepository;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.CustomerCredential;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.followup.SurveyRepository;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.resolution.RefundRepository;
import org.complaintdesk.resolution.RemedyActionRepository;
import org.complaintdesk.system.CaseAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a complaint's case file for staff, or the customer's part of it. */
@Service
public class CaseFiles {

    /** What of the notes the customer sees: their own words and the desk's questions to them. */
    private static final Set<NoteKind> CUSTOMER_NOTES = Set.of(NoteKind.CUSTOMER_INFORMATION, NoteKind.JOINED_COMPLAINT,
            NoteKind.INFORMATION_REQUEST, NoteKind.WITHDRAWAL);

    private final ComplaintRepository complaints;
    private final ComplaintNoteRepository notes;
    private final RemedyOfferRepository offers;
    private final CustomerTokens tokens;
    private final Outbox outbox;
    private final EvidenceRepository evidence;
    private final ArbitrationRepository arbitrations;
    private final RefundRepository refunds;
    private final RemedyActionRepository actions;
    private final SurveyRepository surveys;
    private final CaseEventRepository events;
    private final Clock clock;
    private final CaseAccess caseAccess;

    @SuppressWarnings("java:S107")
    CaseFiles(ComplaintRepository complaints, ComplaintNoteRepository notes, RemedyOfferRepository offers,
              CustomerTokens tokens, Outbox outbox, EvidenceRepository evidence, ArbitrationRepository arbitrations,
              RefundRepository refunds, RemedyActionRepository actions, SurveyRepository surveys,
              CaseEventRepository events, Clock clock, CaseAccess caseAccess) {
        this.complaints = complaints;
        this.notes = notes;
        this.offers = offers;
        this.tokens = tokens;
        this.outbox = outbox;
        this.evidence = evidence;
        this.arbitrations = arbitrations;
        this.refunds = refunds;
        this.actions = actions;
        this.surveys = surveys;
        this.events = events;
        this.clock = clock;
        this.caseAccess = caseAccess;
    }

    /** @throws ComplaintNotFoundException also when the reader may not read the case, revealing nothing */
    @Transactional(readOnly = true)
    CaseFile forStaff(String complaintNo, CaseAccess.Reader reader) {
        Complaint complaint = complaints.findByComplaintNo(complaintNo).filter(c -> caseAccess.canRead(reader, c))
                .orElseThrow(() -> new ComplaintNotFoundException(complaintNo));
        var c = complaint.getCustomer();
        return assemble(complaint, true,
                new CaseFile.CustomerView(c.getId(), c.getName(), c.getEmail(), c.getPhone(), c.getLocale().tag(), c.isVip()));
    }

    @Transactional(readOnly = true)
    CaseFile forCustomer(String complaintNo, String token) {
        return forCustomer(complaintNo, CustomerCredential.token(token));
    }

    /** The customer's part of the case file, for the API or the customer's case page. */
    @Transactional(readOnly = true)
    public CaseFile forCustomer(String complaintNo, CustomerCredential customer) {
        Complaint complaint = tokens.complaintFor(complaintNo, customer);
        var c = complaint.getCustomer();
        return assemble(complaint, false,
                new CaseFile.CustomerView(null, c.getName(), null, null, c.getLocale().tag(), c.isVip()));
    }

    /** Steps of the desk's internal work the customer's timeline leaves out. */
    private static final Set<String> STAFF_ONLY_STEPS = Set.of("ESCALATED", "INVESTIGATED", "REFUND_ESCALATED", "TAKEN");

    private static boolean isPublicActor(String actor) {
        return CaseEvents.CUSTOMER.equals(actor) || CaseEvents.SYSTEM.equals(actor);
    }

    private List<CaseFile.EvidenceView> evidence(Complaint complaint, boolean staff) {
        return evidence.findByComplaintIdOrderByIdAsc(complaint.getId()).stream()
                .filter(e -> staff || e.getParty() == EvidenceParty.CUSTOMER)
                .map(e -> new CaseFile.EvidenceView(e.getId(), e.getParty(), e.getFileName(), e.getMediaType(),
                        e.getSizeBytes(), e.getSha256(), e.getNote(), e.getUploadedAt(),
                        "/api/complaints/" + complaint.getComplaintNo() + "/evidence/" + e.getId()))
                .toList();
    }

    private CaseFile.RulingView ruling(Complaint complaint) {
        return arbitrations.findById(complaint.getId()).map(a -> new CaseFile.RulingView(a.getEvidenceDueAt(),
                a.getEvidenceClosedAt(), a.getRuling(), a.getRulingRemedy(), a.getRulingAmount(),
                a.getResponsibleParty(), a.getMerchantShare(), a.getRationale(), a.getArbitrator(), a.getRuledAt(),
                a.getAppealDueAt(), a.getAppealedBy(), a.getAppealReason(), a.getReviewOutcome(),
                a.getReviewRationale(), a.getFinalAt())).orElse(null);
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
                complaint.getOutcome(), complaint.effectiveCategory(),
                staff ? new CaseFile.Classification(complaint.getClassificationSource(),
                        complaint.getClassificationConfidence(), complaint.isSafetyHazard()) : null,
                complaint.getSeverity(), staff ? complaint.getPriority() : null,
                customer, order, complaint.getDescription(), complaint.getDemands(),
                staff ? new CaseFile.Handling(complaint.getDesk(), complaint.isMerchantInvolved(), complaint.getOwnerId(),
                        complaint.getOwnerDesk(), complaint.getFirstTakenAt(), complaint.isEscalated(),
                        complaint.getResponsibleParty()) : null,
                new CaseFile.Deadlines(complaint.getFirstResponseDueAt(), complaint.getResolutionDueAt(),
                        complaint.getWaitingSince(), complaint.customerWait(clock.instant()).toMinutes()),
                offerViews, noteViews, evidence(complaint, staff), ruling(complaint),
                refunds.findByComplaintIdOrderByIdAsc(complaint.getId()).stream().map(r -> new CaseFile.RefundView(
                        r.getRefundId(), r.getAmount(), r.getCurrency(), r.getState(), r.getAdapter(),
                        staff ? r.getProviderReference() : null, r.getRequestedAt(), r.getSentAt(), r.getSettledAt(),
                        staff ? r.getFailureReason() : null)).toList(),
                actions.findByComplaintIdOrderByIdAsc(complaint.getId()).stream().map(a -> new CaseFile.ActionView(
                        a.getKind(), a.getState(), a.getReference(), staff ? a.getDetail() : null, a.getCreatedAt(),
                        a.getCompletedAt())).toList(),
                surveys.findByComplaintIdOrderByRoundAsc(complaint.getId()).stream().map(v -> new CaseFile.SurveyView(
                        v.getRound(), v.getStatus(), v.getSentAt(), v.getDueAt(), v.getAnsweredAt(), v.getSolved(),
                        v.getScore(), v.getComment())).toList(),
                events.findByComplaintIdOrderByIdAsc(complaint.getId()).stream()
                        .filter(e -> staff || !STAFF_ONLY_STEPS.contains(e.getType()))
                        .map(e -> new CaseFile.TimelineEntry(e.getOccurredAt(), staff || isPublicActor(e.getActor())
                                ? e.getActor() : "desk", e.getType(), staff ? e.getDetail() : null)).toList(),
                staff ? outbox.messagesFor(complaint.getComplaintNo()).stream().map(m -> new CaseFile.MessageView(
                        m.getRecipientKind() + (m.getRecipientAddress() == null ? "" : " " + m.getRecipientAddress()),
                        m.getTemplate(), m.getSubject(), m.getStatus(), m.getAttempts(), m.getCreatedAt(),
                        m.getSentAt(), m.getLastError())).toList() : null);
    }
}
