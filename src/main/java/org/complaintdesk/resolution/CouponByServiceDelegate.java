package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Issue coupon through coupon service" (coupon-by-coupon-service). */
@Component("couponByServiceDelegate")
class CouponByServiceDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    CouponByServiceDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.couponByService(CaseKey.of(execution));
    }
}
