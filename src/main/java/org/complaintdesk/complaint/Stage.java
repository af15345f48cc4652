package org.complaintdesk.complaint;

/** The lifecycle step of DOMAIN.md a complaint is in. */
public enum Stage {
    RECEIVE, CLASSIFY, ASSIGN, INVESTIGATE, NEGOTIATE, EVIDENCE, ARBITRATE, RESOLVE, FOLLOW_UP, ARCHIVE
}
