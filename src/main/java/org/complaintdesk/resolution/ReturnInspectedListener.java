package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Inspect returned goods" (remedy-execution), on complete: checks and records the inspection, and
 * tells "Inspection passed?" whether to refund the amount paid or let the owner decide. */
@Component("returnInspectedListener")
class ReturnInspectedListener implements TaskListener {

    private final RemedyExecution remedies;

    ReturnInspectedListener(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void notify(DelegateTask task) {
        RemedyExecution.Inspection inspection = remedies.inspected(CaseKey.of(task),
                task.getVariable(Var.INSPECTION_RESULT), task.getVariable(Var.INSPECTION_NOTES), Actors.of(task));
        task.setVariable(org.complaintdesk.process.RemedyExecution.Var.INSPECTION_OUTCOME, inspection.outcome().name());
        task.setVariable(org.complaintdesk.process.RemedyExecution.Var.REFUNDABLE_LEFT,
                PrepareRemedyDelegate.asDouble(inspection.refundableLeft()));
    }
}
