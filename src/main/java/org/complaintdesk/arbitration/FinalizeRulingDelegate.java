package org.complaintdesk.arbitration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Make ruling final". */
@Component("finalizeRulingDelegate")
class FinalizeRulingDelegate implements JavaDelegate {

    private final Rulings rulings;

    FinalizeRulingDelegate(Rulings rulings) {
        this.rulings = rulings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(rulings.makeFinal(CaseKey.of(execution)));
    }
}
