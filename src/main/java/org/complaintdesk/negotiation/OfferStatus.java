package org.complaintdesk.negotiation;

public enum OfferStatus {
    OPEN, ACCEPTED, REJECTED,
    /** The customer did not answer by the deadline; the offer said silence means yes. */
    ACCEPTED_BY_SILENCE,
    /** The case ended (withdrawn) while the offer was open. */
    CANCELLED;

    public boolean isAccepted() {
        return this == ACCEPTED || this == ACCEPTED_BY_SILENCE;
    }
}
