package org.complaintdesk.negotiation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.CustomerCredential;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.FormText;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.ProcessMessages;
import org.complaintdesk.system.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Negotiation: a remedy is offered to the customer, who accepts, rejects, or stays silent past the reply
 * deadline (which the offer says counts as acceptance). Each offer is answered once.
 */
@Service
public class Offers {

    static final String OFFER = "offer";

    private final ComplaintRepository complaints;
    private final RemedyOfferRepository offers;
    private final CustomerTokens tokens;
    private final RuntimeService runtimeService;
    private final Outbox outbox;
    private final CaseEvents events;
    private final Clock clock;

    Offers(ComplaintRepository complaints, RemedyOfferRepository offers, CustomerTokens tokens,
           RuntimeService runtimeService, Outbox outbox, CaseEvents events, Clock clock) {
        this.complaints = complaints;
        this.offers = offers;
        this.tokens = tokens;
        this.runtimeService = runtimeService;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** A remedy entered in a form, checked against the amount the complaint's order says was paid. */
    @Transactional(readOnly = true)
    RemedyProposal proposal(String complaintNo, Object remedy, Object amount, Object reason) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        return RemedyProposal.from(remedy, amount, reason,
                complaint.hasOrder() ? complaint.getOrder().getAmountPaid() : null);
    }

    /**
     * An offer on its way to the customer: what the process waits on, and what the revision form shows.
     *
     * @param amountCap the most a revised offer may give back, where the rules set a cap
     * @param lastOffer the offer in the agents' words, as Markdown in which everything typed is escaped
     */
    record OfferSent(long offerId, Instant replyDue, boolean finalOffer, BigDecimal amountCap, String lastOffer)
            implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.OFFER_ID, offerId, Var.OFFER_REPLY_DUE, Date.from(replyDue),
                    Var.FINAL_OFFER, finalOffer, Var.REMEDY_AMOUNT_CAP, amountCap == null ? null : amountCap.doubleValue(),
                    Var.LAST_OFFER, lastOffer);
        }
    }

    /** The reply deadline passed without an answer: the offer counts as accepted. */
    record AcceptedBySilence() implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.OFFER_ACCEPTED, true);
        }
    }

    /** Sends the next offer; the resolution clock stops until the customer answers. */
    @Transactional
    OfferSent send(String complaintNo, RemedyProposal proposal, OfferTerms terms, String offeredBy) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        Instant now = clock.instant();
        Instant due = now.plus(terms.replyWithin());
        BigDecimal paid = complaint.hasOrder() ? complaint.getOrder().getAmountPaid() : null;
        RemedyProposal offered = isFullRefund(proposal.remedy()) && paid != null
                ? new RemedyProposal(proposal.remedy(), paid, proposal.reason()) : proposal;
        RemedyOffer offer = offers.save(new RemedyOffer(complaint.getId(), offers.countByComplaintId(complaint.getId()) + 1,
                offered, complaint.hasOrder() ? complaint.getOrder().getCurrency() : null,
                complaint.getResponsibleParty(), offeredBy, now, due));
        complaint.waitForCustomer(ComplaintStatus.OFFER_PENDING, now);
        events.record(complaint, CaseStep.OFFER_SENT, offeredBy, "offer " + offer.getRound() + ": " + offer.getRemedy()
                + (offer.getAmount() == null ? "" : " " + offer.getAmount() + " " + offer.getCurrency()) + ", answer by " + due
                + (terms.suggestedRemedy() == null ? "" : "; the rules suggest " + terms.suggestedRemedy())
                + (terms.finalOffer() ? "; if rejected, the platform intervenes" : ""));
        var locale = complaint.getCustomer().getLocale();
        String remedy = describe(offer, locale);
        outbox.notifyCustomer(complaint, OFFER, complaintNo, complaint.getCustomer().getName(), remedy,
                outbox.customerTime(complaint, due));
        // shown in the revision form's Markdown: the reason is text the agent wrote
        String lastOffer = "Offer " + offer.getRound() + ": " + FormText.markdown(outbox.phrase(
                org.complaintdesk.complaint.CustomerLocale.EN, "remedy." + offer.getRemedy(), amount(offer),
                offer.getCurrency(), offer.getReason()));
        return new OfferSent(offer.getId(), due, terms.finalOffer(), terms.amountCap(paid), lastOffer);
    }

    /**
     * The customer's answer, through the API. Repeating the same answer is harmless; another one is refused.
     *
     * @param round the offer the answer is meant for, if the caller says; an answer to an older round is refused
     */
    @Transactional
    public RemedyOffer answer(String complaintNo, String token, Integer round, boolean accepted, String comment) {
        return answer(complaintNo, CustomerCredential.token(token), round, accepted, comment);
    }

    /** The customer's answer, from the API or the case page; the same rules. */
    @Transactional
    public RemedyOffer answer(String complaintNo, CustomerCredential customer, Integer round, boolean accepted,
                              String comment) {
        Complaint complaint = tokens.complaintFor(complaintNo, customer);
        RemedyOffer offer = offers.findFirstByComplaintIdOrderByRoundDesc(complaint.getId())
                .orElseThrow(() -> noOpenOffer(complaintNo));
        if (round != null && round != offer.getRound()) {
            throw new ConflictException("offer-superseded", "Offer " + round + " of complaint " + complaintNo
                    + " is not the current one (" + offer.getRound() + "); nothing was recorded.");
        }
        if (offer.getStatus() != OfferStatus.OPEN) {
            if (offer.getStatus() == (accepted ? OfferStatus.ACCEPTED : OfferStatus.REJECTED)
                    && java.util.Objects.equals(offer.getCustomerComment(), comment)) {
                return offer; // the same answer again, e.g. a retry after a timeout
            }
            throw noOpenOffer(complaintNo);
        }
        offer.answer(accepted ? OfferStatus.ACCEPTED : OfferStatus.REJECTED, comment, clock.instant());
        complaint.customerAnswered(ComplaintStatus.OPEN, clock.instant());
        events.record(complaint, accepted ? CaseStep.OFFER_ACCEPTED : CaseStep.OFFER_REJECTED, CaseEvents.CUSTOMER,
                "offer " + offer.getRound() + (comment == null ? "" : ": " + comment));
        offers.flush(); // the version check decides a race with the reply deadline here
        Map<String, Object> answer = new HashMap<>();
        answer.put(Var.OFFER_ACCEPTED, accepted);
        answer.put(Var.OFFERS_REJECTED, (int) offers.countByComplaintIdAndStatus(complaint.getId(), OfferStatus.REJECTED));
        answer.put(Var.CUSTOMER_COMMENT, comment);
        if (!ProcessMessages.correlateIfWaiting(runtimeService, ComplaintHandling.Message.OFFER_ANSWERED, complaintNo,
                answer)) {
            throw noOpenOffer(complaintNo); // rolls the recorded answer back
        }
        return offer;
    }

    /** The reply deadline passed without an answer: as the offer said, silence accepts it. */
    @Transactional
    AcceptedBySilence acceptBySilence(long offerId) {
        RemedyOffer offer = offers.findById(offerId).orElseThrow();
        offer.answer(OfferStatus.ACCEPTED_BY_SILENCE, null, clock.instant());
        Complaint complaint = complaints.findById(offer.getComplaintId()).orElseThrow();
        complaint.customerAnswered(ComplaintStatus.OPEN, clock.instant());
        events.record(complaint, CaseStep.OFFER_ACCEPTED_BY_SILENCE, CaseEvents.SYSTEM, "offer " + offer.getRound()
                + ": no answer by " + offer.getReplyDueAt());
        return new AcceptedBySilence();
    }

    private ConflictException noOpenOffer(String complaintNo) {
        return new ConflictException("no-open-offer", "Complaint " + complaintNo
                + " has no offer waiting for an answer; nothing was recorded.");
    }

    String describe(RemedyOffer offer, org.complaintdesk.complaint.CustomerLocale locale) {
        return outbox.phrase(locale, "remedy." + offer.getRemedy(), amount(offer), offer.getCurrency(),
                offer.getReason() == null ? "" : offer.getReason());
    }

    private static String amount(RemedyOffer offer) {
        return offer.getAmount() == null ? "" : offer.getAmount().toPlainString();
    }

    private static boolean isFullRefund(RemedyKind kind) {
        return kind == RemedyKind.REFUND_FULL || kind == RemedyKind.RETURN_AND_REFUND;
    }
}
