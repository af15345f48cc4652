package org.complaintdesk.arbitration;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Announce ruling", with the appeal window of the case-limits table. */
@Component("announceRulingDelegate")
class AnnounceRulingDelegate implements JavaDelegate {

    private final Rulings rulings;

    AnnounceRulingDelegate(Rulings rulings) {
        this.rulings = rulings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(rulings.announce(CaseKey.of(execution),
                execution.getVariables(), (String) execution.getVariable(Var.ARBITRATOR),
                Duration.parse((String) execution.getVariable(Var.APPEAL_WINDOW))));
    }
}
