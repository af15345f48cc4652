package org.complaintdesk.complaint;

/** Complaint categories of DOMAIN.md. Which desk handles one is decided by the routing model, not here. */
public enum Category {
    PRODUCT_QUALITY,
    NOT_AS_DESCRIBED,
    COUNTERFEIT,
    DELIVERY_DELAY,
    PARCEL_LOST_OR_DAMAGED,
    WRONG_OR_MISSING_ITEM,
    PROMOTION_MISLEADING,
    PRICE_DISPUTE,
    SERVICE_ATTITUDE,
    REFUND_RETURN,
    PAYMENT,
    OTHER
}
