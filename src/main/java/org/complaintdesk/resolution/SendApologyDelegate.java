package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Send apology" (remedy-execution). */
@Component("sendApologyDelegate")
class SendApologyDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    SendApologyDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.apologise(CaseKey.of(execution));
    }
}
