package org.complaintdesk.arbitration;

/** Who submitted a piece of evidence. */
public enum EvidenceParty {
    CUSTOMER, MERCHANT,
    /** Inspection photos of returned goods. */
    WAREHOUSE
}
