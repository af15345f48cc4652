package org.complaintdesk.archive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling;
import org.springframework.stereotype.Component;

/** Service task "Close complaint". */
@Component("closeComplaintDelegate")
class CloseComplaintDelegate implements JavaDelegate {

    private final ComplaintClosing closing;

    CloseComplaintDelegate(ComplaintClosing closing) {
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closing.close((String) execution.getVariable(ComplaintHandling.Var.COMPLAINT_NO));
    }
}
