package org.complaintdesk.complaint;

import java.time.Instant;

/**
 * Published, inside the transaction that records it, for every step of a case timeline: features that announce
 * steps elsewhere (merchant webhooks, the audit log) listen without the timeline knowing them.
 */
public record CaseStepRecorded(Complaint complaint, CaseStep step, Instant at, String actor, String detail) {
}
