package org.complaintdesk.notification;

public enum RecipientKind {
    CUSTOMER, MERCHANT,
    /** Agents and supervisors of the desk. */
    STAFF
}
