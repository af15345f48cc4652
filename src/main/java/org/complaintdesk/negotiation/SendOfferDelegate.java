package org.complaintdesk.negotiation;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Send offer": the remedy of the investigation or of the revision, on the decision tables' terms. */
@Component("sendOfferDelegate")
class SendOfferDelegate implements JavaDelegate {

    private final Offers offers;

    SendOfferDelegate(Offers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String complaintNo = CaseKey.of(execution);
        RemedyProposal proposal = offers.proposal(complaintNo, execution.getVariable(Var.REMEDY),
                execution.getVariable(Var.REMEDY_AMOUNT), execution.getVariable(Var.REMEDY_REASON));
        Number capPercent = (Number) execution.getVariable(Var.AMOUNT_CAP_PERCENT);
        OfferTerms terms = new OfferTerms(Duration.parse((String) execution.getVariable(Var.OFFER_REPLY)),
                ((Number) execution.getVariable(Var.OFFERS_REJECTED)).intValue(),
                ((Number) execution.getVariable(Var.OFFER_ROUNDS)).intValue(),
                (String) execution.getVariable(Var.SUGGESTED_REMEDY), capPercent == null ? null : capPercent.intValue());
        execution.setVariables(offers.send(complaintNo, proposal, terms, Actors.of(execution)));
    }
}
