package org.complaintdesk.notification;

/**
 * Makes the link to the customer's case page that a message to the customer carries. The outbox keeps only a
 * placeholder ({@link Outbox#CASE_PAGE_LINK}); the dispatcher asks for a fresh link when it sends the message, so the
 * link's one-time code is never stored in the clear, not even in the outbox.
 */
public interface CustomerLinks {

    /** A link with a new one-time code for the complaint's case page. */
    String linkFor(String complaintNo);
}
