package org.complaintdesk.negotiation;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Send offer": the remedy of the investigation or of the revision. */
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
        execution.setVariables(offers.send(complaintNo, proposal,
                Duration.parse((String) execution.getVariable(Var.CUSTOMER_REPLY)), Actors.of(execution)));
    }
}
