package org.complaintdesk.arbitration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Rule on the dispute", on complete: an incomplete or inconsistent ruling is refused. */
@Component("rulingCompletedListener")
class RulingCompletedListener implements TaskListener {

    private final Rulings rulings;

    RulingCompletedListener(Rulings rulings) {
        this.rulings = rulings;
    }

    @Override
    public void notify(DelegateTask task) {
        rulings.check(CaseKey.of(task), task.getVariables());
        task.setVariable(Var.ARBITRATOR, Actors.of(task));
    }
}
