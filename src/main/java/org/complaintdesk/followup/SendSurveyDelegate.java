package org.complaintdesk.followup;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Ask whether the problem is solved", within the survey window of the case-limits table. */
@Component("sendSurveyDelegate")
class SendSurveyDelegate implements JavaDelegate {

    private final FollowUp followUp;

    SendSurveyDelegate(FollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String no = CaseKey.of(execution);
        execution.setVariables(followUp.sendSurvey(no, Duration.parse((String) execution.getVariable(Var.SURVEY_WINDOW))));
    }
}
