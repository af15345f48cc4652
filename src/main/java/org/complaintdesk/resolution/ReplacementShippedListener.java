package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Reship replacement" (remedy-execution), on complete: checks and records what was done. */
@Component("replacementShippedListener")
class ReplacementShippedListener implements TaskListener {

    private final RemedyExecution remedies;

    ReplacementShippedListener(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void notify(DelegateTask task) {
        remedies.reshipped(no(task), task.getVariable(Var.TRACKING_NO), task.getAssignee(), RemedyProperties.MANUAL);
    }

    private static String no(DelegateTask task) {
        return (String) task.getVariable(Var.COMPLAINT_NO);
    }
}
