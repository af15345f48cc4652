package org.complaintdesk.negotiation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Accept offer by silence". */
@Component("acceptOfferBySilenceDelegate")
class AcceptOfferBySilenceDelegate implements JavaDelegate {

    private final Offers offers;

    AcceptOfferBySilenceDelegate(Offers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(offers.acceptBySilence(((Number) execution.getVariable(Var.OFFER_ID)).longValue()));
    }
}
