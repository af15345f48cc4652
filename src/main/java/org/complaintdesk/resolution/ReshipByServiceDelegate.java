package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Order replacement from fulfilment" (reshipment-by-fulfilment-service). */
@Component("reshipByServiceDelegate")
class ReshipByServiceDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    ReshipByServiceDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.reshipByService(CaseKey.of(execution));
    }
}
