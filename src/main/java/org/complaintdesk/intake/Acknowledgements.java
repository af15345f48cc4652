package org.complaintdesk.intake;

import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.notification.Outbox;
import org.springframework.stereotype.Component;

/** The message that tells the customer their complaint number and when to expect an answer. */
@Component
class Acknowledgements {

    static final String TEMPLATE = "acknowledgement";
    static final String JOINED = "joined";

    private final Outbox outbox;

    Acknowledgements(Outbox outbox) {
        this.outbox = outbox;
    }

    void send(Complaint complaint) {
        outbox.notifyCustomer(complaint, TEMPLATE, complaint.getComplaintNo(), complaint.getCustomer().getName(),
                outbox.customerTime(complaint, complaint.getFirstResponseDueAt()));
    }

    /** A further message about the same order: the customer learns it was added to the case they have. */
    void sendJoined(Complaint complaint) {
        outbox.notifyCustomer(complaint, JOINED, complaint.getComplaintNo(), complaint.getCustomer().getName());
    }
}
