package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Reship replacement" (reshipment-by-hand), on complete: checks and records what was done. */
@Component("replacementShippedListener")
class ReplacementShippedListener implements TaskListener {

    private final RemedyExecution remedies;

    ReplacementShippedListener(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void notify(DelegateTask task) {
        remedies.reshipped(CaseKey.of(task), task.getVariable(Var.TRACKING_NO), Actors.of(task), RemedyProperties.MANUAL);
    }
}
