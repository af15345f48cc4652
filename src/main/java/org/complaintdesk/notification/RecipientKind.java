package org.complaintdesk.notification;

public enum RecipientKind {
    CUSTOMER, MERCHANT
}
