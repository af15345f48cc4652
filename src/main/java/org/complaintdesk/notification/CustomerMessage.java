package org.complaintdesk.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The messages a process owner may send a customer from any point of a model with the step "Send customer
 * message" (element template {@code complaint-desk.send-customer-message}). Each needs only the case: its
 * {0} is the complaint number and {1} the customer's name. The texts are in
 * {@code notifications/messages*.properties}.
 */
public enum CustomerMessage {
    /** "We are still looking into your complaint." */
    PROGRESS_UPDATE("progress-update"),
    /** "We need more time than we said; sorry for the wait." */
    DELAY_NOTICE("delay-notice");

    private final String template;

    CustomerMessage(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }

    /** The message a model names by its template key, e.g. {@code progress-update}. */
    public static Optional<CustomerMessage> byTemplate(String template) {
        return Arrays.stream(values()).filter(m -> m.template.equals(template)).findFirst();
    }
}
