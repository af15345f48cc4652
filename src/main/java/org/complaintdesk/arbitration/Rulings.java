package org.complaintdesk.arbitration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.DecidedRemedy;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.ProcessMessages;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The arbitrator's ruling, the appeal window, the review of an appeal by a supervisor who did not rule,
 * and the final ruling whose remedy is then carried out. A final ruling ends negotiation for good.
 */
@Service
public class Rulings {

    static final String RULED = "ruling";
    static final String REVIEWED = "appeal-reviewed";
    static final String UPHOLD = "UPHOLD";
    static final String CHANGE = "CHANGE";

    private final ComplaintRepository complaints;
    private final ArbitrationRepository arbitrations;
    private final RemedyOfferRepository offers;
    private final Parties parties;
    private final RuntimeService runtimeService;
    private final Outbox outbox;
    private final CaseEvents events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    Rulings(ComplaintRepository complaints, ArbitrationRepository arbitrations, RemedyOfferRepository offers,
            Parties parties, RuntimeService runtimeService, Outbox outbox, CaseEvents events, Clock clock) {
        this.complaints = complaints;
        this.arbitrations = arbitrations;
        this.offers = offers;
        this.parties = parties;
        this.runtimeService = runtimeService;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** What the arbitrator reads besides the evidence: the negotiation so far. */
    @Transactional(readOnly = true)
    Brief brief(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        return new Brief(ArbitrationBriefs.negotiation(offers.findByComplaintIdOrderByRoundAsc(complaint.getId())));
    }

    /** @param negotiationHistory the offers and answers so far, as Markdown in which everything typed is escaped */
    record Brief(String negotiationHistory) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables("negotiationHistory", negotiationHistory);
        }
    }

    /** Checks a ruling entered in a form (arbitration or appeal review); refuses the completion when bad. */
    @Transactional(readOnly = true)
    RulingDecision check(String complaintNo, Map<String, Object> form) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        return RulingDecision.from(form.get(Var.RULING), form.get(Var.REMEDY), form.get(Var.REMEDY_AMOUNT),
                form.get(Var.RESPONSIBLE_PARTY), form.get(Var.MERCHANT_SHARE), form.get(Var.RATIONALE),
                amountPaid(complaint));
    }

    /**
     * Records and announces the ruling; opens the appeal window unless it is zero.
     *
     * @param appealWindow from the case-limits table of the case
     */
    @Transactional
    RulingAnnounced announce(String complaintNo, RulingDecision decision, String arbitrator, Duration appealWindow) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        Instant now = clock.instant();
        boolean appealsAllowed = !appealWindow.isZero() && !appealWindow.isNegative();
        Instant appealDue = appealsAllowed ? now.plus(appealWindow) : null;
        Arbitration arbitration = arbitrations.findById(complaint.getId()).orElseThrow();
        arbitration.rule(decision, arbitrator, now, appealDue);
        complaint.ruled(decision.responsibleParty());
        events.record(complaint, CaseStep.RULED, arbitrator, describe(decision));
        tellBothSides(complaint, RULED, decision, appealDue);
        return new RulingAnnounced(appealDue, arbitrator);
    }

    /** @param appealDue until when either side may appeal; null when the table allows no appeals */
    record RulingAnnounced(Instant appealDue, String arbitrator) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.APPEALS_ALLOWED, appealDue != null,
                    Var.APPEAL_DUE, appealDue == null ? null : Date.from(appealDue), Var.ARBITRATOR, arbitrator);
        }
    }

    /**
     * The reviewer's decision on an appeal.
     *
     * @param outcome {@code UPHOLD} or {@code CHANGE}
     * @param changed the new ruling when changed, else null
     */
    record AppealReview(String outcome, String rationale, RulingDecision changed) {
    }

    /** Reads the review form (checked already when the reviewer completed it). */
    @Transactional(readOnly = true)
    AppealReview review(String complaintNo, Map<String, Object> form) {
        String outcome = String.valueOf(form.get(Var.APPEAL_DECISION));
        Object rationale = form.get("reviewRationale");
        return new AppealReview(outcome, rationale == null ? null : rationale.toString().strip(),
                CHANGE.equals(outcome) ? check(complaintNo, form) : null);
    }

    /** Either side appeals once, within the window: a supervisor who did not rule reviews it. */
    @Transactional
    public Arbitration appeal(Parties.Caller caller, String reason) {
        if (caller.party() != EvidenceParty.CUSTOMER && caller.party() != EvidenceParty.MERCHANT) {
            throw new ConflictException("not-a-party", "Only the customer and the merchant may appeal a ruling.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidRequestException("reason", "a reason of 1 to 2000 characters is required");
        }
        // the caller's complaint was read before this transaction: change the one this transaction holds
        Complaint complaint = complaints.findById(caller.complaint().getId()).orElseThrow();
        Arbitration arbitration = arbitrations.findById(complaint.getId())
                .filter(a -> a.getRuledAt() != null)
                .orElseThrow(() -> new ConflictException("no-ruling", "Complaint " + complaint.getComplaintNo()
                        + " has no ruling to appeal."));
        arbitration.appeal(caller.party(), reason.strip(), clock.instant());
        arbitrations.flush();
        if (!ProcessMessages.correlateIfWaiting(runtimeService, ComplaintHandling.Message.APPEAL_FILED,
                complaint.getComplaintNo(), Map.of())) {
            throw new ConflictException("appeal-window-closed", "The ruling of complaint " + complaint.getComplaintNo()
                    + " is final; nothing was recorded.");
        }
        complaint.underAppeal();
        events.record(complaint, CaseStep.APPEALED, caller.name(), caller.party() + ": " + reason.strip());
        return arbitration;
    }

    /** The reviewer upholds the ruling or changes it. */
    @Transactional
    void reviewed(String complaintNo, String reviewer, AppealReview review) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        Arbitration arbitration = arbitrations.findById(complaint.getId()).orElseThrow();
        String outcome = review.outcome();
        String rationale = review.rationale();
        RulingDecision changed = review.changed();
        arbitration.reviewed(reviewer, outcome, rationale, changed, clock.instant());
        complaint.ruled(arbitration.getResponsibleParty());
        events.record(complaint, CaseStep.APPEAL_REVIEWED, reviewer, outcome + (changed == null ? "" : ": "
                + describe(changed)) + (rationale == null ? "" : " — " + rationale));
        tellBothSides(complaint, REVIEWED, current(arbitration), null);
    }

    /** No appeal in time, or the review is done: the ruling is final and its remedy is carried out. */
    @Transactional
    DecidedRemedy makeFinal(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        Arbitration arbitration = arbitrations.findById(complaint.getId()).orElseThrow();
        Instant now = clock.instant();
        arbitration.makeFinal(now);
        complaint.rulingFinal(arbitration.getRulingRemedy(), rulingAmount(arbitration, complaint),
                arbitration.getResponsibleParty(), now);
        events.record(complaint, CaseStep.RULING_FINAL, CaseEvents.SYSTEM, describe(current(arbitration)));
        return DecidedRemedy.ruled(arbitration.getRulingRemedy(), rulingAmount(arbitration, complaint));
    }

    /** A ruled full refund pays what was paid, like an agreed one. */
    private static BigDecimal rulingAmount(Arbitration arbitration, Complaint complaint) {
        var remedy = arbitration.getRulingRemedy();
        boolean full = remedy == org.complaintdesk.complaint.RemedyKind.REFUND_FULL
                || remedy == org.complaintdesk.complaint.RemedyKind.RETURN_AND_REFUND;
        return full ? amountPaid(complaint) : arbitration.getRulingAmount();
    }

    private void tellBothSides(Complaint complaint, String template, RulingDecision decision, Instant appealDue) {
        String appeal = appealDue == null ? "-" : appealDue.toString();
        outbox.notifyCustomer(complaint, template, complaint.getComplaintNo(), complaint.getCustomer().getName(),
                decision.ruling(), outbox.phrase(complaint.getCustomer().getLocale(), "remedy." + decision.remedy(),
                        decision.amount() == null ? "" : decision.amount().toPlainString(),
                        complaint.hasOrder() ? complaint.getOrder().getCurrency() : "", decision.rationale()),
                decision.rationale(), appeal);
        for (String address : parties.merchantAddresses(complaint)) {
            outbox.notifyMerchant(complaint, address, template, complaint.getComplaintNo(), "merchant",
                    decision.ruling(), decision.remedy() + (decision.amount() == null ? "" : " " + decision.amount()),
                    decision.rationale(), appealDue == null ? "-" : appealDue);
        }
    }

    private static RulingDecision current(Arbitration a) {
        return new RulingDecision(a.getRuling(), a.getRulingRemedy(), a.getRulingAmount(), a.getResponsibleParty(),
                a.getMerchantShare(), a.getRationale());
    }

    private static String describe(RulingDecision d) {
        return d.ruling() + ": " + d.remedy() + (d.amount() == null ? "" : " " + d.amount()) + ", responsible "
                + d.responsibleParty() + " (merchant share " + d.merchantShare() + " %) — " + d.rationale();
    }

    private static BigDecimal amountPaid(Complaint complaint) {
        return complaint.hasOrder() ? complaint.getOrder().getAmountPaid() : null;
    }
}
