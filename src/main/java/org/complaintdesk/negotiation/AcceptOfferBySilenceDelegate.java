package org.complaintdesk.negotiation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Accept offer by silence". */
@Component("acceptOfferBySilenceDelegate")
class AcceptOfferBySilenceDelegate implements JavaDelegate {

    private static final Variable<Long> OFFER_ID = Variable.number(Var.OFFER_ID);

    private final Offers offers;

    AcceptOfferBySilenceDelegate(Offers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts.setChanged(execution, offers.acceptBySilence(OFFER_ID.get(execution)).variables());
    }
}
