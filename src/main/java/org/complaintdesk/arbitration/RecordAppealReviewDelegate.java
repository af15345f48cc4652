package org.complaintdesk.arbitration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Record appeal review". */
@Component("recordAppealReviewDelegate")
class RecordAppealReviewDelegate implements JavaDelegate {

    private final Rulings rulings;

    RecordAppealReviewDelegate(Rulings rulings) {
        this.rulings = rulings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rulings.reviewed(CaseKey.of(execution),
                (String) execution.getVariable(Var.APPEAL_REVIEWER), execution.getVariables());
    }
}
