package org.complaintdesk.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Escalate to supervisors". */
@Component("escalateComplaintDelegate")
class EscalateComplaintDelegate implements JavaDelegate {

    private static final Variable<Boolean> ESCALATED = Variable.flag(Var.ESCALATED);

    private final FirstResponseEscalation escalation;

    EscalateComplaintDelegate(FirstResponseEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.escalate(CaseKey.of(execution), execution.getProcessInstanceId());
        ESCALATED.set(execution, true);
    }
}
