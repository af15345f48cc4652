package org.complaintdesk.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/**
 * Step "Send customer message": one of the {@link CustomerMessage}s, chosen by the process owner in Modeler
 * (input parameter {@value #MESSAGE_INPUT}), in the customer's language, through the outbox, on the timeline.
 * A model that names an unknown message fails here, so the job becomes an incident instead of sending nothing.
 */
@Component("sendCustomerMessageDelegate")
class SendCustomerMessageDelegate implements JavaDelegate {

    static final String MESSAGE_INPUT = "message";
    private static final Variable<String> MESSAGE = Variable.text(MESSAGE_INPUT);

    private final ComplaintRepository complaints;
    private final CaseEvents events;
    private final Outbox outbox;

    SendCustomerMessageDelegate(ComplaintRepository complaints, CaseEvents events, Outbox outbox) {
        this.complaints = complaints;
        this.events = events;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String named = MESSAGE.find(execution);
        CustomerMessage message = CustomerMessage.byTemplate(named == null ? "" : named)
                .orElseThrow(() -> new IllegalStateException("Step \"Send customer message\" in "
                        + execution.getCurrentActivityId() + " names no known message: " + named));
        Complaint complaint = complaints.getByComplaintNo(CaseKey.of(execution));
        outbox.notifyCustomer(complaint, message.template(), complaint.getComplaintNo(), complaint.getCustomer().getName());
        events.record(complaint, CaseStep.CUSTOMER_MESSAGE_SENT, CaseEvents.SYSTEM, message.template());
    }
}
