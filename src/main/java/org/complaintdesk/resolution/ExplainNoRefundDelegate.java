package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Explain why there is no refund" (remedy-execution). */
@Component("explainNoRefundDelegate")
class ExplainNoRefundDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    ExplainNoRefundDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.noRefund(CaseKey.of(execution), execution.getVariable(Var.REMEDY_REASON));
    }
}
