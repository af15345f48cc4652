package org.complaintdesk.assignment;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.complaint.ResponsibleParty;
import org.complaintdesk.complaint.Severity;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Open case with deadlines": takes the results of the decision tables before it. */
@Component("openCaseDelegate")
class OpenCaseDelegate implements JavaDelegate {

    private final CaseOpening opening;

    OpenCaseDelegate(CaseOpening opening) {
        this.opening = opening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var decisions = new CaseOpening.Decisions(
                Severity.valueOf((String) execution.getVariable(Var.SEVERITY)),
                ((Number) execution.getVariable(Var.PRIORITY)).intValue(),
                (String) execution.getVariable(Var.DESK),
                (Boolean) execution.getVariable(Var.MERCHANT_INVOLVED),
                ResponsibleParty.valueOf((String) execution.getVariable(Var.LIKELY_RESPONSIBLE_PARTY)),
                Duration.parse((String) execution.getVariable(Var.FIRST_RESPONSE)),
                Duration.parse((String) execution.getVariable(Var.RESOLUTION)),
                (Boolean) execution.getVariable(Var.RESOLUTION_IN_WORKING_TIME));
        execution.setVariables(opening.open(CaseKey.of(execution), decisions));
    }
}
