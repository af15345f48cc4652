package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Issue coupon" (remedy-execution), on complete: checks and records what was done. */
@Component("couponIssuedListener")
class CouponIssuedListener implements TaskListener {

    private final RemedyExecution remedies;

    CouponIssuedListener(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void notify(DelegateTask task) {
        remedies.couponIssued(no(task), task.getVariable(Var.COUPON_CODE), task.getAssignee(), RemedyProperties.MANUAL);
    }

    private static String no(DelegateTask task) {
        return (String) task.getVariable(Var.COMPLAINT_NO);
    }
}
