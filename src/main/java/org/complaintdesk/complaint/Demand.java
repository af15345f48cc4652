package org.complaintdesk.complaint;

/** What the customer asks for. */
public enum Demand {
    REFUND, RETURN, EXCHANGE, COMPENSATION, APOLOGY, EXPLANATION
}
