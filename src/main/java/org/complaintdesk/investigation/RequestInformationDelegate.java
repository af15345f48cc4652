package org.complaintdesk.investigation;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Ask customer for information". */
@Component("requestInformationDelegate")
class RequestInformationDelegate implements JavaDelegate {

    private final InformationRequests requests;

    RequestInformationDelegate(InformationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(requests.request(CaseKey.of(execution),
                (String) execution.getVariable(Var.INFORMATION_REQUEST),
                Duration.parse((String) execution.getVariable(Var.CUSTOMER_REPLY)),
                Actors.of(execution)));
    }
}
