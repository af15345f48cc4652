package org.complaintdesk.system;

/**
 * Text as people type it: no control characters but tab and line breaks, and no half of a surrogate pair. What
 * is not — a NUL, say, which PostgreSQL cannot even store — is refused where it enters the desk (JSON bodies,
 * form fields, query parameters), naming the field.
 */
public final class PlainText {

    public static boolean is(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false; // a low surrogate not after a high one
            }
        }
        return true;
    }

    /** @throws InvalidRequestException when the value (if any) is not plain text */
    public static void check(String field, String value) {
        if (value != null && !is(value)) {
            throw new InvalidRequestException(field, MESSAGE);
        }
    }

    static final String MESSAGE = "must be text without control characters";

    private PlainText() {
    }
}
