package org.complaintdesk.notification;

public enum DeliveryStatus {
    /** Written; not yet sent (also: no mail server configured). */
    PENDING,
    SENT,
    /** Gave up after the configured number of attempts; visible to staff, resendable by an operator. */
    FAILED,
    /** The recipient has no address we can send to (e.g. a customer known only by phone). */
    NO_ADDRESS
}
