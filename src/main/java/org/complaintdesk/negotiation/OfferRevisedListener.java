package org.complaintdesk.negotiation;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Revise offer", on complete: the revised remedy must be a valid offer. */
@Component("offerRevisedListener")
class OfferRevisedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object paid = task.getVariable(Var.AMOUNT_PAID);
        RemedyProposal.from(task.getVariable(Var.REMEDY), task.getVariable(Var.REMEDY_AMOUNT),
                task.getVariable(Var.REMEDY_REASON), paid == null ? null : new BigDecimal(paid.toString()));
    }
}
