package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
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
        remedies.returnNotShipped(no(execution));
    }

    private static String no(DelegateExecution execution) {
        return (String) execution.getVariable(Var.COMPLAINT_NO);
    }
}
