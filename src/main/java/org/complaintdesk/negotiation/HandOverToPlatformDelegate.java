package org.complaintdesk.negotiation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Hand over to platform". */
@Component("handOverToPlatformDelegate")
class HandOverToPlatformDelegate implements JavaDelegate {

    private final Negotiation negotiation;

    HandOverToPlatformDelegate(Negotiation negotiation) {
        this.negotiation = negotiation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        negotiation.handOverToPlatform(CaseKey.of(execution));
    }
}
