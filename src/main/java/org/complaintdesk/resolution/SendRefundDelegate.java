package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Send refund to payment service" (remedy-execution). */
@Component("sendRefundDelegate")
class SendRefundDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    SendRefundDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(remedies.sendRefund((String) execution.getVariable(Var.REFUND_ID)));
    }
}
