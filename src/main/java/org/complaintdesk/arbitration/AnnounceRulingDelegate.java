package org.complaintdesk.arbitration;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Announce ruling", with the appeal window of the case-limits table. */
@Component("announceRulingDelegate")
class AnnounceRulingDelegate implements JavaDelegate {

    private static final Variable<String> ARBITRATOR = Variable.text(Var.ARBITRATOR);
    private static final Variable<Duration> APPEAL_WINDOW = Variable.period(Var.APPEAL_WINDOW);

    private final Rulings rulings;

    AnnounceRulingDelegate(Rulings rulings) {
        this.rulings = rulings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String complaintNo = CaseKey.of(execution);
        RulingDecision decision = rulings.check(complaintNo, execution.getVariables());
        ProcessFacts.setChanged(execution, rulings.announce(complaintNo, decision, ARBITRATOR.get(execution),
                APPEAL_WINDOW.get(execution)).variables());
    }
}
