package org.complaintdesk.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Register complaint". */
@Component("registerComplaintDelegate")
class RegisterComplaintDelegate implements JavaDelegate {

    private final ComplaintRegistration registration;

    RegisterComplaintDelegate(ComplaintRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String complaintNo = CaseKey.of(execution);
        execution.setVariables(registration.register(complaintNo));
    }
}
