package org.complaintdesk.resolution;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Decide on refund" (remedy-execution), on complete: a refund within what is left, or none with a reason. */
@Component("refundDecidedListener")
class RefundDecidedListener implements TaskListener {

    private final RemedyExecution remedies;

    RefundDecidedListener(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void notify(DelegateTask task) {
        BigDecimal amount = remedies.refundDecision(CaseKey.of(task),
                task.getVariable(Var.REFUND_DECISION), task.getVariable(Var.REFUND_AMOUNT),
                task.getVariable(Var.REMEDY_REASON));
        task.setVariable(Var.REFUND_AMOUNT, amount == null ? null : amount.doubleValue());
    }
}
