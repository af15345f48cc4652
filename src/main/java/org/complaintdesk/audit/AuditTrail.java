package org.complaintdesk.audit;

import java.util.List;

/**
 * A complaint's audit trail: every entry of its process instances' history (the case and the processes it called)
 * and of the desk's own records, in time order.
 *
 * @param processInstanceId the case's main process instance; null for a case the engine never ran
 */
public record AuditTrail(String complaintNo, String processInstanceId, List<AuditEntry> entries) {
}
