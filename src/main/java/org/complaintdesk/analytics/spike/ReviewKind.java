package org.complaintdesk.analytics.spike;

/** What a review is about: a category's or a merchant's complaint spike, or an agent below the satisfaction target. */
public enum ReviewKind {
    CATEGORY, MERCHANT, AGENT
}
