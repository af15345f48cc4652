package org.complaintdesk.resolution;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Record refund in ledger" (remedy-execution). */
@Component("requestRefundDelegate")
class RequestRefundDelegate implements JavaDelegate {

    private static final Variable<BigDecimal> AMOUNT = Variable.amount(Var.REFUND_AMOUNT);
    private static final Variable<String> ADAPTER = Variable.text(Var.REFUND_ADAPTER);
    private static final Variable<String> REFUND_ID = Variable.text(Var.REFUND_ID);

    private final RemedyExecution remedies;

    RequestRefundDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String refundId = remedies.requestRefund(CaseKey.of(execution), AMOUNT.find(execution),
                ADAPTER.get(execution), Actors.of(execution));
        REFUND_ID.set(execution, refundId);
    }
}
