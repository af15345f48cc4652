package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.util.Date;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Ask customer to send goods back" (remedy-execution). */
@Component("requestReturnDelegate")
class RequestReturnDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    RequestReturnDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date shipBy = (Date) execution.getVariable(Var.RETURN_SHIP_DUE);
        remedies.requestReturn(CaseKey.of(execution), shipBy.toInstant());
    }
}
