package org.complaintdesk.investigation;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Resume investigation": after the customer's reply or the reply deadline. */
@Component("resumeInvestigationDelegate")
class ResumeInvestigationDelegate implements JavaDelegate {

    private final InformationRequests requests;

    ResumeInvestigationDelegate(InformationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date askedAt = (Date) execution.getVariable(InformationRequests.ASKED_AT);
        execution.setVariables(requests.resume(CaseKey.of(execution), askedAt.toInstant()));
    }
}
