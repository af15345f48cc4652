package org.complaintdesk.resolution;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Ask customer to send goods back" (remedy-execution). */
@Component("requestReturnDelegate")
class RequestReturnDelegate implements JavaDelegate {

    private static final Variable<Instant> SHIP_BY = Variable.time(Var.RETURN_SHIP_DUE);

    private final RemedyExecution remedies;

    RequestReturnDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.requestReturn(CaseKey.of(execution), SHIP_BY.get(execution));
    }
}
