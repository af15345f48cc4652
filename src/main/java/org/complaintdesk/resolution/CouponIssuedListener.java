package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Issue coupon" (coupon-by-hand), on complete: checks and records what was done. */
@Component("couponIssuedListener")
class CouponIssuedListener implements TaskListener {

    private final RemedyExecution remedies;

    CouponIssuedListener(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void notify(DelegateTask task) {
        remedies.couponIssued(CaseKey.of(task), task.getVariable(Var.COUPON_CODE), Actors.of(task), RemedyProperties.MANUAL);
    }
}
