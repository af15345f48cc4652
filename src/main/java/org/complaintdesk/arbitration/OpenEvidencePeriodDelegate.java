package org.complaintdesk.arbitration;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Open evidence period". */
@Component("openEvidencePeriodDelegate")
class OpenEvidencePeriodDelegate implements JavaDelegate {

    private static final Variable<Duration> PERIOD = Variable.period(Var.EVIDENCE_PERIOD);

    private final EvidencePeriods periods;

    OpenEvidencePeriodDelegate(EvidencePeriods periods) {
        this.periods = periods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts.setChanged(execution, periods.open(CaseKey.of(execution), PERIOD.get(execution)).variables());
    }
}
