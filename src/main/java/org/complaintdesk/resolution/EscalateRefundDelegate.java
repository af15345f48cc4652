package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.RemedyExecution.Var;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Escalate overdue refund" (remedy-execution). */
@Component("escalateRefundDelegate")
class EscalateRefundDelegate implements JavaDelegate {

    private static final Variable<String> REFUND_WITHIN = Variable.text(Var.REFUND_WITHIN);
    private static final Variable<String> RETURN_SHIP_WITHIN = Variable.text(Var.RETURN_SHIP_WITHIN);

    private final RemedyExecution remedies;

    EscalateRefundDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.escalateRefund(CaseKey.of(execution),
                RemedyLimits.of(REFUND_WITHIN.find(execution), RETURN_SHIP_WITHIN.find(execution))
                        .refundWithin());
    }
}
