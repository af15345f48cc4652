package org.complaintdesk.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/**
 * Service task "Weigh survey answer": sets the one outcome the gateway "What next?" tests. Runs in its own job
 * after the answer arrived, so a failure here is retried and shown in Cockpit, never answered to the customer.
 */
@Component("weighSurveyAnswerDelegate")
class WeighSurveyAnswerDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Var.FOLLOW_UP_OUTCOME, FollowUp.nextStep(
                flag(execution, Var.SOLVED), flag(execution, Var.RULING_FINAL), flag(execution, Var.REOPENED)));
    }

    private static boolean flag(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof Boolean flag)) {
            throw new IllegalStateException("process variable " + name + " must be true or false, not " + value);
        }
        return flag;
    }
}
