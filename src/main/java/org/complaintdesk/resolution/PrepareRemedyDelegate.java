package org.complaintdesk.resolution;

import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling;
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
        execution.setVariable(ComplaintHandling.Var.REMEDY, plan.remedy().name());
        execution.setVariable(Var.REMEDY_BRANCH, plan.branch().name());
        execution.setVariable(ComplaintHandling.Var.REFUND_ADAPTER, plan.refundAdapter());
        execution.setVariable(Var.REFUND_PROCESS, plan.refundProcess());
        execution.setVariable(Var.RESHIPMENT_PROCESS, plan.reshipmentProcess());
        execution.setVariable(Var.COUPON_PROCESS, plan.couponProcess());
        execution.setVariable(ComplaintHandling.Var.REFUND_DUE, Date.from(plan.refundDue()));
        execution.setVariable(ComplaintHandling.Var.RETURN_SHIP_DUE, Date.from(plan.returnShipDue()));
        execution.setVariable(ComplaintHandling.Var.REFUND_AMOUNT, asDouble(plan.refundAmount()));
        execution.setVariable(Var.REFUNDABLE_LEFT, asDouble(plan.refundableLeft()));
    }

    /** Forms and Tasklist show numbers as doubles. */
    static Double asDouble(BigDecimal amount) {
        return amount == null ? null : amount.doubleValue();
    }
}
