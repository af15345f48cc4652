package org.complaintdesk.investigation;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Resume investigation": after the customer's reply or the reply deadline. */
@Component("resumeInvestigationDelegate")
class ResumeInvestigationDelegate implements JavaDelegate {

    private static final Variable<Instant> ASKED_AT = Variable.time(InformationRequests.ASKED_AT);

    private final InformationRequests requests;

    ResumeInvestigationDelegate(InformationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts.setChanged(execution, requests.resume(CaseKey.of(execution), ASKED_AT.get(execution)).variables());
    }
}
