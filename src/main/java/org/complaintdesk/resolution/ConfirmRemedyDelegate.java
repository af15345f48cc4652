package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
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
        remedies.done(CaseKey.of(execution));
    }
}
