package org.complaintdesk.classification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Triage complaint", on complete: a bad choice refuses the completion; a good one is recorded. */
@Component("triageCompletedListener")
class TriageCompletedListener implements TaskListener {

    private final ComplaintClassification classification;

    TriageCompletedListener(ComplaintClassification classification) {
        this.classification = classification;
    }

    @Override
    public void notify(DelegateTask task) {
        classification.triaged(CaseKey.of(task), task.getVariable(Var.CATEGORY),
                task.getVariable(Var.TRIAGE_SEVERITY), Actors.of(task));
    }
}
