package org.complaintdesk.arbitration;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/**
 * User task "Review appeal": the supervisor who reviews must not be the arbitrator who ruled (refused on
 * claim and on completion), and a changed ruling must be a valid ruling.
 */
@Component("appealReviewListener")
class AppealReviewListener implements TaskListener {

    private final Rulings rulings;

    AppealReviewListener(Rulings rulings) {
        this.rulings = rulings;
    }

    @Override
    public void notify(DelegateTask task) {
        String arbitrator = (String) task.getVariable(Var.ARBITRATOR);
        if (task.getAssignee() != null && Objects.equals(task.getAssignee(), arbitrator)) {
            throw new IllegalStateException("The appeal must be reviewed by someone who did not rule: "
                    + arbitrator + " made the ruling.");
        }
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Object decision = task.getVariable(Var.APPEAL_DECISION);
            if (!Rulings.UPHOLD.equals(decision) && !Rulings.CHANGE.equals(decision)) {
                throw new org.complaintdesk.system.InvalidRequestException(Var.APPEAL_DECISION,
                        "must be " + Rulings.UPHOLD + " or " + Rulings.CHANGE);
            }
            if (Rulings.CHANGE.equals(decision)) {
                rulings.check((String) task.getVariable(Var.COMPLAINT_NO), task.getVariables());
            }
            task.setVariable("appealReviewer", task.getAssignee());
        }
    }
}
