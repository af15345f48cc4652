package org.complaintdesk.complaint;

import java.util.Map;

/**
 * An act on a case for the desk's audit log, published (as a Spring event) inside the transaction of the act: the
 * audit feature appends it there, so an act that rolls back leaves no record and one that commits always has one.
 * Features before the audit log in the lifecycle announce acts this way instead of depending on it.
 *
 * @param content  what happened, facts only (codes, ids, amounts): kept as it is for ever
 * @param personal what the act says about a person (names, addresses, free text): replaced when the customer is erased
 */
public record AuditedAct(String complaintNo, String kind, String actor, Map<String, Object> content,
                         Map<String, Object> personal) {
}
