package org.complaintdesk.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
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
        String no = (String) execution.getVariable(Var.COMPLAINT_NO);
        followUp.close(no);
    }
}
