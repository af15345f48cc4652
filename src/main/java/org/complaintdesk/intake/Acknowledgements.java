package org.complaintdesk.intake;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.notification.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The message that tells the customer their complaint number and when to expect an answer. */
@Component
class Acknowledgements {

    static final String TEMPLATE = "acknowledgement";
    static final String JOINED = "joined";

    private final Outbox outbox;
    private final ZoneId zone;

    Acknowledgements(Outbox outbox, @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.outbox = outbox;
        this.zone = zone;
    }

    void send(Complaint complaint) {
        var locale = complaint.getCustomer().getLocale().toLocale();
        String due = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(complaint.getFirstResponseDueAt())
                + " (" + zone.getId() + ")";
        outbox.notifyCustomer(complaint, TEMPLATE, complaint.getComplaintNo(), complaint.getCustomer().getName(), due);
    }

    /** A further message about the same order: the customer learns it was added to the case they have. */
    void sendJoined(Complaint complaint) {
        outbox.notifyCustomer(complaint, JOINED, complaint.getComplaintNo(), complaint.getCustomer().getName());
    }
}
