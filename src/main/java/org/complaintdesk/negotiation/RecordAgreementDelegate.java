package org.complaintdesk.negotiation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Record agreement". */
@Component("recordAgreementDelegate")
class RecordAgreementDelegate implements JavaDelegate {

    private final Negotiation negotiation;

    RecordAgreementDelegate(Negotiation negotiation) {
        this.negotiation = negotiation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(negotiation.agreed(CaseKey.of(execution)));
    }
}
