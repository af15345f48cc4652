package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Send refund to payment service" (refund-by-payment-service). */
@Component("sendRefundDelegate")
class SendRefundDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    SendRefundDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RefundOutcome outcome = remedies.sendRefund((String) execution.getVariable(Var.REFUND_ID));
        execution.setVariable(org.complaintdesk.process.RemedyExecution.Var.REFUND_OUTCOME, outcome.name());
    }
}
