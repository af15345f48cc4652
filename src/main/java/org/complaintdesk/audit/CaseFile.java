package org.complaintdesk.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.complaintdesk.arbitration.EvidenceParty;
import org.complaintdesk.arbitration.Ruling;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ClassificationSource;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Demand;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.complaint.Outcome;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.complaint.ResponsibleParty;
import org.complaintdesk.complaint.Severity;
import org.complaintdesk.complaint.Stage;
import org.complaintdesk.negotiation.OfferStatus;
import org.complaintdesk.notification.DeliveryStatus;
import org.complaintdesk.resolution.RefundState;

/**
 * A complaint as {@code GET /api/complaints/{no}} shows it: the facts, then the whole story in order
 * ({@code timeline}) with offers, evidence, ruling, remedies with their ledger states and surveys. The customer
 * sees their own facts, offers, questions, their evidence, ruling, refunds and timeline; staff also see contact
 * data, handling, internal notes and every outgoing message with its delivery state. Sections a reader may not
 * see are absent.
 */
public record CaseFile(
        String complaintNo,
        ComplaintStatus status,
        Stage stage,
        Channel channel,
        Instant receivedAt,
        Instant occurredAt,
        Instant endedAt,
        Outcome outcome,
        Category category,
        Classification classification,
        Severity severity,
        Integer priority,
        CustomerView customer,
        OrderView order,
        String description,
        Set<Demand> demands,
        Handling handling,
        Deadlines deadlines,
        List<OfferView> offers,
        List<NoteView> notes,
        List<EvidenceView> evidence,
        RulingView ruling,
        List<RefundView> refunds,
        List<ActionView> remedyActions,
        List<SurveyView> surveys,
        List<TimelineEntry> timeline,
        List<MessageView> messages) {

    public record Classification(ClassificationSource source, BigDecimal confidence, boolean safetyHazard) {
    }

    public record CustomerView(String id, String name, String email, String phone, String locale, boolean vip) {
    }

    public record OrderView(String orderNo, String merchantId, String merchantName, String productName,
                            BigDecimal amountPaid, String currency, String courier, String trackingNo,
                            Instant paidAt) {
    }

    public record Handling(String desk, boolean merchantInvolved, String owner, String ownerDesk, Instant firstTakenAt,
                           boolean escalated, ResponsibleParty responsibleParty) {
    }

    /** @param customerWaitMinutes time the case waited for the customer; the resolution deadline moved by it */
    public record Deadlines(Instant firstResponseDueAt, Instant resolutionDueAt, Instant waitingForCustomerSince,
                            long customerWaitMinutes) {
    }

    public record OfferView(int round, RemedyKind remedy, BigDecimal amount, String currency, String reason,
                            OfferStatus status, Instant offeredAt, Instant replyDueAt, Instant answeredAt,
                            String customerComment) {
    }

    public record NoteView(NoteKind kind, String author, String text, Instant createdAt) {
    }

    /** @param download the URL the file can be fetched from by those allowed to */
    public record EvidenceView(Long id, EvidenceParty party, String fileName, String mediaType, long sizeBytes,
                               String sha256, String note, Instant uploadedAt, String download) {
    }

    public record RulingView(Instant evidenceDueAt, Instant evidenceClosedAt, Ruling ruling, RemedyKind remedy,
                             BigDecimal amount, ResponsibleParty responsibleParty, Integer merchantShare,
                             String rationale, String arbitrator, Instant ruledAt, Instant appealDueAt,
                             EvidenceParty appealedBy, String appealReason, String reviewOutcome,
                             String reviewRationale, Instant finalAt) {
    }

    public record RefundView(String refundId, BigDecimal amount, String currency, RefundState state, String adapter,
                             String providerReference, Instant requestedAt, Instant sentAt, Instant settledAt,
                             String failureReason) {
    }

    public record ActionView(String kind, String state, String reference, String detail, Instant createdAt,
                             Instant completedAt) {
    }

    public record SurveyView(int round, String status, Instant sentAt, Instant dueAt, Instant answeredAt,
                             Boolean solved, Integer score, String comment) {
    }

    /** One step of the case's story: when, who, what. */
    public record TimelineEntry(Instant at, String actor, String step, String detail) {
    }

    public record MessageView(String recipient, String template, String subject, DeliveryStatus status,
                              int attempts, Instant createdAt, Instant sentAt, String lastError) {
    }
}
