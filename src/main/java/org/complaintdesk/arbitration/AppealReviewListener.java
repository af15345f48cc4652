package org.complaintdesk.arbitration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * User task "Review appeal", on complete: the decision is UPHOLD or CHANGE, and a changed ruling must be a valid
 * ruling. Who may review is {@link ArbitrationDuties}' business.
 */
@Component("appealReviewListener")
class AppealReviewListener implements TaskListener {

    private final Rulings rulings;

    AppealReviewListener(Rulings rulings) {
        this.rulings = rulings;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(Var.APPEAL_DECISION);
        if (!Rulings.UPHOLD.equals(decision) && !Rulings.CHANGE.equals(decision)) {
            throw new InvalidRequestException(Var.APPEAL_DECISION, "must be " + Rulings.UPHOLD + " or " + Rulings.CHANGE);
        }
        if (Rulings.CHANGE.equals(decision)) {
            rulings.check(CaseKey.of(task), task.getVariables());
        }
        task.setVariable(Var.APPEAL_REVIEWER, Actors.of(task));
    }
}
