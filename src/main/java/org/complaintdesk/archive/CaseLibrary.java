package org.complaintdesk.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.complaintdesk.complaint.CaseEvent;
import org.complaintdesk.complaint.CaseEventRepository;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.followup.SurveyRepository;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.resolution.RefundRepository;
import org.complaintdesk.resolution.RefundState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes an ended case into the case library, once, with its outcome, root cause, durations and satisfaction. */
@Service
class CaseLibrary {

    private final ComplaintRepository complaints;
    private final CaseRecordRepository records;
    private final RemedyOfferRepository offers;
    private final RefundRepository refunds;
    private final SurveyRepository surveys;
    private final CaseEvents events;
    private final CaseEventRepository timeline;

    CaseLibrary(ComplaintRepository complaints, CaseRecordRepository records, RemedyOfferRepository offers,
                RefundRepository refunds, SurveyRepository surveys, CaseEvents events, CaseEventRepository timeline) {
        this.complaints = complaints;
        this.records = records;
        this.offers = offers;
        this.refunds = refunds;
        this.surveys = surveys;
        this.events = events;
        this.timeline = timeline;
    }

    @Transactional
    void archive(String complaintNo) {
        Complaint c = complaints.getByComplaintNo(complaintNo);
        if (records.existsById(c.getId())) {
            return; // a retried job archives once
        }
        if (c.getOutcome() == null || c.getEndedAt() == null) {
            throw new IllegalStateException(complaintNo + " has not ended; only ended cases are archived");
        }
        var order = c.getOrder();
        var survey = surveys.findFirstByComplaintIdOrderByRoundDesc(c.getId())
                .filter(s -> s.getAnsweredAt() != null).orElse(null);
        var refunded = refunds.findByComplaintIdOrderByIdAsc(c.getId()).stream()
                .filter(r -> r.getState() == RefundState.SETTLED)
                .map(r -> r.getAmount()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        Instant closed = c.getEndedAt();
        List<CaseEvent> steps = timeline.findByComplaintIdOrderByIdAsc(c.getId());
        records.save(new CaseRecord(c.getId(), c.getComplaintNo(), c.getOutcome(), c.effectiveCategory(), c.getChannel(),
                c.getSeverity(), c.hasOrder() ? order.getMerchantId() : null, c.hasOrder() ? order.getMerchantName() : null,
                c.hasOrder() ? order.getCourier() : null, c.getCustomer().getId(), c.hasOrder() ? order.getOrderNo() : null,
                c.hasOrder() ? order.getProductName() : null, c.getResponsibleParty(), c.getRemedy(), c.getRemedyAmount(),
                refunded, c.hasOrder() ? order.getCurrency() : null, offers.countByComplaintId(c.getId()), c.isArbitrated(),
                c.isReopened(), c.isEscalated(), c.getOwnerId(),
                c.getFirstTakenAt() == null ? null : minutes(c.getReceivedAt(), c.getFirstTakenAt()),
                minutes(c.getReceivedAt(), closed), c.getCustomerWaitSeconds() / 60,
                survey == null ? null : survey.getScore(), survey == null ? null : survey.getSolved(),
                c.getDescription(), c.getReceivedAt(), closed,
                c.getOwnerDesk() != null ? c.getOwnerDesk() : c.getDesk(), firstResponseOnTime(c),
                minutesTo(c, steps, CaseStep.OFFER_SENT), minutesTo(c, steps, CaseStep.AGREED, CaseStep.RULING_FINAL),
                minutesTo(c, steps, CaseStep.REMEDY_DONE)));
        events.record(c, CaseStep.ARCHIVED, CaseEvents.SYSTEM, c.getOutcome().name());
    }

    /** Missed when taken late or still untaken at the deadline; unknown when the case ended untaken before it. */
    private static Boolean firstResponseOnTime(Complaint c) {
        Instant due = c.getFirstResponseDueAt();
        if (due == null) {
            return null;
        }
        if (c.getFirstTakenAt() != null) {
            return !c.getFirstTakenAt().isAfter(due);
        }
        return c.getEndedAt().isAfter(due) ? Boolean.FALSE : null;
    }

    /** Minutes from receipt to the first of these steps on the case timeline; null when none happened. */
    private static Long minutesTo(Complaint c, List<CaseEvent> steps, CaseStep... kinds) {
        List<String> names = Arrays.stream(kinds).map(CaseStep::name).toList();
        return steps.stream().filter(e -> names.contains(e.getType())).findFirst()
                .map(e -> minutes(c.getReceivedAt(), e.getOccurredAt())).orElse(null);
    }

    private static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }
}
