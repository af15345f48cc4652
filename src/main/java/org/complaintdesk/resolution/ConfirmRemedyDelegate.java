package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Confirm remedy to customer" (remedy-execution). */
@Component("confirmRemedyDelegate")
class ConfirmRemedyDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    ConfirmRemedyDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.done(no(execution));
    }

    private static String no(DelegateExecution execution) {
        return (String) execution.getVariable(Var.COMPLAINT_NO);
    }
}
