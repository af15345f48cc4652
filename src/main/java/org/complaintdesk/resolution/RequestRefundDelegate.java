package org.complaintdesk.resolution;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Record refund in ledger" (remedy-execution). */
@Component("requestRefundDelegate")
class RequestRefundDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    RequestRefundDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object amount = execution.getVariable(Var.REFUND_AMOUNT);
        String refundId = remedies.requestRefund(CaseKey.of(execution),
                amount == null ? null : new BigDecimal(amount.toString()),
                (String) execution.getVariable(Var.REFUND_ADAPTER), Actors.of(execution));
        execution.setVariable(Var.REFUND_ID, refundId);
    }
}
