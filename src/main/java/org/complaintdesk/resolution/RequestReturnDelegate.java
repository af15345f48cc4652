package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
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
        remedies.requestReturn(no(execution));
    }

    private static String no(DelegateExecution execution) {
        return (String) execution.getVariable(Var.COMPLAINT_NO);
    }
}
