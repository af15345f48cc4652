package org.complaintdesk.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Reopen case". */
@Component("reopenCaseDelegate")
class ReopenCaseDelegate implements JavaDelegate {

    private final FollowUp followUp;

    ReopenCaseDelegate(FollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String no = CaseKey.of(execution);
        execution.setVariables(followUp.reopen(no));
    }
}
