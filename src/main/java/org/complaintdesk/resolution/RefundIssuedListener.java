package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Issue refund" (refund-by-hand), on complete: checks and records what was done. */
@Component("refundIssuedListener")
class RefundIssuedListener implements TaskListener {

    private final RemedyExecution remedies;

    RefundIssuedListener(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void notify(DelegateTask task) {
        remedies.refundedByHand(CaseKey.of(task), (String) task.getVariable(Var.REFUND_ID), task.getVariable(Var.PAYMENT_REFERENCE),
                Actors.of(task));
    }
}
