package org.complaintdesk.resolution;

import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.RemedyExecution.Var;
import org.springframework.stereotype.Component;

/**
 * Service task "Prepare remedy" (remedy-execution): reads the limits "Determine remedy limits" looked up, and writes
 * the branch "Which remedy?" takes, the adapter processes configuration chose, the deadlines and the refund amount.
 */
@Component("prepareRemedyDelegate")
class PrepareRemedyDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    PrepareRemedyDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RemedyLimits limits = RemedyLimits.of(execution.getVariable(Var.REFUND_WITHIN),
                execution.getVariable(Var.RETURN_SHIP_WITHIN));
        RemedyExecution.RemedyPlan plan = remedies.prepare(CaseKey.of(execution), limits);
        ProcessFacts.setChanged(execution, ProcessFacts.variables(
                ComplaintHandling.Var.REMEDY, plan.remedy().name(),
                Var.REMEDY_BRANCH, plan.branch().name(),
                ComplaintHandling.Var.REFUND_ADAPTER, plan.refundAdapter(),
                Var.REFUND_PROCESS, plan.refundProcess(),
                Var.RESHIPMENT_PROCESS, plan.reshipmentProcess(),
                Var.COUPON_PROCESS, plan.couponProcess(),
                ComplaintHandling.Var.REFUND_DUE, Date.from(plan.refundDue()),
                ComplaintHandling.Var.RETURN_SHIP_DUE, Date.from(plan.returnShipDue()),
                ComplaintHandling.Var.REFUND_AMOUNT, asDouble(plan.refundAmount()),
                Var.REFUNDABLE_LEFT, asDouble(plan.refundableLeft())));
    }

    /** Forms and Tasklist show numbers as doubles. */
    static Double asDouble(BigDecimal amount) {
        return amount == null ? null : amount.doubleValue();
    }
}
