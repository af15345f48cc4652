package org.complaintdesk.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/**
 * Service task "Weigh survey answer": sets the one outcome the gateway "What next?" tests. Runs in its own job
 * after the answer arrived, so a failure here is retried and shown in Cockpit, never answered to the customer.
 */
@Component("weighSurveyAnswerDelegate")
class WeighSurveyAnswerDelegate implements JavaDelegate {

    private static final Variable<Boolean> SOLVED = Variable.flag(Var.SOLVED);
    private static final Variable<Boolean> RULING_FINAL = Variable.flag(Var.RULING_FINAL);
    private static final Variable<Boolean> REOPENED = Variable.flag(Var.REOPENED);
    private static final Variable<String> OUTCOME = Variable.text(Var.FOLLOW_UP_OUTCOME);

    @Override
    public void execute(DelegateExecution execution) {
        OUTCOME.set(execution, FollowUp.nextStep(SOLVED.get(execution), RULING_FINAL.get(execution),
                REOPENED.get(execution)));
    }
}
