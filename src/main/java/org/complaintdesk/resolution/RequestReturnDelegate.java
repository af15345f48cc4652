package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Ask customer to return goods" (remedy-execution). */
@Component("requestReturnDelegate")
class RequestReturnDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    RequestReturnDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.requestReturn(CaseKey.of(execution));
    }
}
