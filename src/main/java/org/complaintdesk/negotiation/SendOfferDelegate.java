package org.complaintdesk.negotiation;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Send offer": the remedy of the investigation or of the revision, on the decision tables' terms. */
@Component("sendOfferDelegate")
class SendOfferDelegate implements JavaDelegate {

    private static final Variable<Duration> REPLY_WITHIN = Variable.period(Var.OFFER_REPLY);
    private static final Variable<Long> REJECTED_SO_FAR = Variable.number(Var.OFFERS_REJECTED);
    private static final Variable<Long> ROUNDS = Variable.number(Var.OFFER_ROUNDS);
    private static final Variable<String> SUGGESTED_REMEDY = Variable.text(Var.SUGGESTED_REMEDY);
    private static final Variable<Long> CAP_PERCENT = Variable.number(Var.AMOUNT_CAP_PERCENT);

    private final Offers offers;

    SendOfferDelegate(Offers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String complaintNo = CaseKey.of(execution);
        RemedyProposal proposal = offers.proposal(complaintNo, execution.getVariable(Var.REMEDY),
                execution.getVariable(Var.REMEDY_AMOUNT), execution.getVariable(Var.REMEDY_REASON));
        Long capPercent = CAP_PERCENT.find(execution);
        OfferTerms terms = new OfferTerms(REPLY_WITHIN.get(execution), Math.toIntExact(REJECTED_SO_FAR.get(execution)),
                Math.toIntExact(ROUNDS.get(execution)), SUGGESTED_REMEDY.find(execution),
                capPercent == null ? null : Math.toIntExact(capPercent));
        ProcessFacts.setChanged(execution, offers.send(complaintNo, proposal, terms, Actors.of(execution)).variables());
    }
}
