package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Send refund to payment service" (refund-by-payment-service). */
@Component("sendRefundDelegate")
class SendRefundDelegate implements JavaDelegate {

    private static final Variable<String> REFUND_ID = Variable.text(Var.REFUND_ID);
    private static final Variable<RefundOutcome> OUTCOME =
            Variable.code(org.complaintdesk.process.RemedyExecution.Var.REFUND_OUTCOME, RefundOutcome.class);

    private final RemedyExecution remedies;

    SendRefundDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OUTCOME.set(execution, remedies.sendRefund(REFUND_ID.get(execution)));
    }
}
