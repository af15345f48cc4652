package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
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
        remedies.escalateRefund(no(execution), execution.getProcessInstanceId());
    }

    private static String no(DelegateExecution execution) {
        return (String) execution.getVariable(Var.COMPLAINT_NO);
    }
}
