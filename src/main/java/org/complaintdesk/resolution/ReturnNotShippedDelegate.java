package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Record return not sent" (remedy-execution). */
@Component("returnNotShippedDelegate")
class ReturnNotShippedDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    ReturnNotShippedDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.returnNotShipped(CaseKey.of(execution));
    }
}
