package org.complaintdesk.complaint;

/** Who decided a complaint's category. */
public enum ClassificationSource {
    CHANNEL_HINT, CLASSIFIER, TRIAGE
}
