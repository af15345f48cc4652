package org.complaintdesk.investigation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** User task "Investigate complaint", on complete: refuses an incomplete or inconsistent result. */
@Component("investigationCompletedListener")
class InvestigationCompletedListener implements TaskListener {

    private final Investigation investigation;

    InvestigationCompletedListener(Investigation investigation) {
        this.investigation = investigation;
    }

    @Override
    public void notify(DelegateTask task) {
        investigation.completed(CaseKey.of(task), new Investigation.Result(
                Actors.of(task), task.getVariable(Var.FINDINGS), task.getVariable(Var.RESPONSIBLE_PARTY),
                task.getVariable(Var.INVESTIGATION_OUTCOME), task.getVariable(Var.INFORMATION_REQUEST),
                task.getVariable(Var.REMEDY), task.getVariable(Var.REMEDY_AMOUNT),
                task.getVariable(Var.REMEDY_REASON)));
    }
}
