package org.complaintdesk.classification;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Classify complaint", with the repeat window the case-limits table set. */
@Component("classifyComplaintDelegate")
class ClassifyComplaintDelegate implements JavaDelegate {

    private static final Variable<Duration> REPEAT_WINDOW = Variable.period(Var.REPEAT_COMPLAINT_WINDOW);

    private final ComplaintClassification classification;

    ClassifyComplaintDelegate(ComplaintClassification classification) {
        this.classification = classification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts.setChanged(execution,
                classification.classify(CaseKey.of(execution), REPEAT_WINDOW.get(execution)).variables());
    }
}
