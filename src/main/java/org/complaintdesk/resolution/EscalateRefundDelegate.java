package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.RemedyExecution.Var;
import org.springframework.stereotype.Component;

/** Service task "Escalate overdue refund" (remedy-execution). */
@Component("escalateRefundDelegate")
class EscalateRefundDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    EscalateRefundDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.escalateRefund(CaseKey.of(execution),
                RemedyLimits.of(execution.getVariable(Var.REFUND_WITHIN), execution.getVariable(Var.RETURN_SHIP_WITHIN))
                        .refundWithin());
    }
}
