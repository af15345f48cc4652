package org.complaintdesk.arbitration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Record appeal review". */
@Component("recordAppealReviewDelegate")
class RecordAppealReviewDelegate implements JavaDelegate {

    private static final Variable<String> REVIEWER = Variable.text(Var.APPEAL_REVIEWER);

    private final Rulings rulings;

    RecordAppealReviewDelegate(Rulings rulings) {
        this.rulings = rulings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String complaintNo = CaseKey.of(execution);
        rulings.reviewed(complaintNo, REVIEWER.get(execution), rulings.review(complaintNo, execution.getVariables()));
    }
}
