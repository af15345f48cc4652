package org.complaintdesk.negotiation;

import java.math.BigDecimal;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
        Object paid = execution.getVariable(Var.AMOUNT_PAID);
        RemedyProposal proposal = RemedyProposal.from(execution.getVariable(Var.REMEDY),
                execution.getVariable(Var.REMEDY_AMOUNT), execution.getVariable(Var.REMEDY_REASON),
                paid == null ? null : new BigDecimal(paid.toString()));
        execution.setVariables(offers.send((String) execution.getVariable(Var.COMPLAINT_NO), proposal,
                Duration.parse((String) execution.getVariable(Var.CUSTOMER_REPLY)),
                (String) execution.getVariable(Var.OWNER)));
    }
}
