package org.complaintdesk.classification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Classify complaint". */
@Component("classifyComplaintDelegate")
class ClassifyComplaintDelegate implements JavaDelegate {

    private final ComplaintClassification classification;

    ClassifyComplaintDelegate(ComplaintClassification classification) {
        this.classification = classification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(classification.classify(CaseKey.of(execution)));
    }
}
