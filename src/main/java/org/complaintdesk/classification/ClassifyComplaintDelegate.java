package org.complaintdesk.classification;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Classify complaint", with the repeat window the case-limits table set. */
@Component("classifyComplaintDelegate")
class ClassifyComplaintDelegate implements JavaDelegate {

    private final ComplaintClassification classification;

    ClassifyComplaintDelegate(ComplaintClassification classification) {
        this.classification = classification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Duration repeatWindow = Duration.parse((String) execution.getVariable(Var.REPEAT_COMPLAINT_WINDOW));
        execution.setVariables(classification.classify(CaseKey.of(execution), repeatWindow));
    }
}
