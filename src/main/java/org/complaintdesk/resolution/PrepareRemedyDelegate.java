package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Prepare remedy" (remedy-execution). */
@Component("prepareRemedyDelegate")
class PrepareRemedyDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    PrepareRemedyDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(remedies.prepare(CaseKey.of(execution)));
    }
}
