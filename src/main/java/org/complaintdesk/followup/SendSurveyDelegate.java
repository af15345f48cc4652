package org.complaintdesk.followup;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Ask whether the problem is solved", within the survey window of the case-limits table. */
@Component("sendSurveyDelegate")
class SendSurveyDelegate implements JavaDelegate {

    private static final Variable<Duration> SURVEY_WINDOW = Variable.period(Var.SURVEY_WINDOW);

    private final FollowUp followUp;

    SendSurveyDelegate(FollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts.setChanged(execution,
                followUp.sendSurvey(CaseKey.of(execution), SURVEY_WINDOW.get(execution)).variables());
    }
}
