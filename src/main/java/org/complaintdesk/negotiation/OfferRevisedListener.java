package org.complaintdesk.negotiation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Revise offer", on complete: the revised remedy must be a valid offer. */
@Component("offerRevisedListener")
class OfferRevisedListener implements TaskListener {

    private final Offers offers;

    OfferRevisedListener(Offers offers) {
        this.offers = offers;
    }

    @Override
    public void notify(DelegateTask task) {
        offers.proposal(CaseKey.of(task), task.getVariable(Var.REMEDY), task.getVariable(Var.REMEDY_AMOUNT),
                task.getVariable(Var.REMEDY_REASON));
    }
}
