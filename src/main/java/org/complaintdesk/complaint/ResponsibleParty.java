package org.complaintdesk.complaint;

/** Who caused the problem, as the investigation or the ruling finds. */
public enum ResponsibleParty {
    MERCHANT, COURIER, PLATFORM, CUSTOMER, NONE
}
