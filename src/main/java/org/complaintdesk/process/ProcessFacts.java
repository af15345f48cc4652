package org.complaintdesk.process;

import java.util.Map;

/**
 * What a domain service tells the process: a record whose components become process variables under the names
 * the model reads (the constants of {@link ComplaintHandling}, {@link EvidenceAndArbitration},
 * {@link RemedyExecution}). Services return these records, never maps of variables; {@link Steps} writes them.
 */
public interface ProcessFacts {

    /** The process variables, by the names the model uses. */
    Map<String, Object> variables();
}
