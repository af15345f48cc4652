package org.complaintdesk.complaint;

/** Where a complaint came in. */
public enum Channel {
    ORDER_BUTTON, APP_FORM, WEB_FORM, CHAT, HOTLINE, EMAIL, SOCIAL;

    /** Structured channels know the order the complaint is about; free-text channels may not. */
    public boolean requiresOrder() {
        return this == ORDER_BUTTON || this == APP_FORM || this == WEB_FORM || this == HOTLINE;
    }
}
