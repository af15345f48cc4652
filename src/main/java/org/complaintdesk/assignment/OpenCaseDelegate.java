package org.complaintdesk.assignment;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.complaint.ResponsibleParty;
import org.complaintdesk.complaint.Severity;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Open case with deadlines": takes the results of the decision tables before it. */
@Component("openCaseDelegate")
class OpenCaseDelegate implements JavaDelegate {

    private static final Variable<Severity> SEVERITY = Variable.code(Var.SEVERITY, Severity.class);
    private static final Variable<Long> PRIORITY = Variable.number(Var.PRIORITY);
    private static final Variable<String> DESK = Variable.text(Var.DESK);
    private static final Variable<Boolean> MERCHANT_INVOLVED = Variable.flag(Var.MERCHANT_INVOLVED);
    private static final Variable<ResponsibleParty> LIKELY_RESPONSIBLE =
            Variable.code(Var.LIKELY_RESPONSIBLE_PARTY, ResponsibleParty.class);
    private static final Variable<Duration> FIRST_RESPONSE = Variable.period(Var.FIRST_RESPONSE);
    private static final Variable<Duration> RESOLUTION = Variable.period(Var.RESOLUTION);
    private static final Variable<Boolean> RESOLUTION_IN_WORKING_TIME = Variable.flag(Var.RESOLUTION_IN_WORKING_TIME);

    private final CaseOpening opening;

    OpenCaseDelegate(CaseOpening opening) {
        this.opening = opening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var decisions = new CaseOpening.Decisions(SEVERITY.get(execution), Math.toIntExact(PRIORITY.get(execution)),
                DESK.get(execution), MERCHANT_INVOLVED.get(execution), LIKELY_RESPONSIBLE.get(execution),
                FIRST_RESPONSE.get(execution), RESOLUTION.get(execution), RESOLUTION_IN_WORKING_TIME.get(execution));
        ProcessFacts.setChanged(execution, opening.open(CaseKey.of(execution), decisions).variables());
    }
}
