package org.complaintdesk.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Close case". */
@Component("closeCaseDelegate")
class CloseCaseDelegate implements JavaDelegate {

    private final FollowUp followUp;

    CloseCaseDelegate(FollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String no = CaseKey.of(execution);
        followUp.close(no);
    }
}
