package org.complaintdesk.arbitration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ProcessFacts;
import org.springframework.stereotype.Component;

/** Service task "Close evidence period": the arbitrator's brief (evidence list, negotiation) becomes variables. */
@Component("closeEvidencePeriodDelegate")
class CloseEvidencePeriodDelegate implements JavaDelegate {

    private final EvidencePeriods periods;
    private final Rulings rulings;

    CloseEvidencePeriodDelegate(EvidencePeriods periods, Rulings rulings) {
        this.periods = periods;
        this.rulings = rulings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String complaintNo = CaseKey.of(execution);
        ProcessFacts.setChanged(execution, periods.close(complaintNo).variables());
        ProcessFacts.setChanged(execution, rulings.brief(complaintNo).variables());
    }
}
