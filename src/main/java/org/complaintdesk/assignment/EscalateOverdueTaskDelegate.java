package org.complaintdesk.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service tasks "Escalate overdue ruling" and "Escalate overdue review", after a non-interrupting due-date timer. */
@Component("escalateOverdueTaskDelegate")
class EscalateOverdueTaskDelegate implements JavaDelegate {

    private final OverdueTaskEscalation escalation;

    EscalateOverdueTaskDelegate(OverdueTaskEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.escalate(CaseKey.of(execution), execution.getProcessInstanceId());
    }
}
