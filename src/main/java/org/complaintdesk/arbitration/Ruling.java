package org.complaintdesk.arbitration;

/** Which side the arbitrator found for. */
public enum Ruling {
    BUYER_FAVOUR, SELLER_FAVOUR, SPLIT
}
