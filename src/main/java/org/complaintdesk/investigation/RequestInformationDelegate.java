package org.complaintdesk.investigation;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Ask customer for information". */
@Component("requestInformationDelegate")
class RequestInformationDelegate implements JavaDelegate {

    private static final Variable<String> QUESTION = Variable.text(Var.INFORMATION_REQUEST);
    private static final Variable<Duration> REPLY_WITHIN = Variable.period(Var.CUSTOMER_REPLY);

    private final InformationRequests requests;

    RequestInformationDelegate(InformationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts.setChanged(execution, requests.request(CaseKey.of(execution), QUESTION.find(execution),
                REPLY_WITHIN.get(execution), Actors.of(execution)).variables());
    }
}
