package org.complaintdesk.process;

/**
 * Text that people wrote, put into a Camunda Form's text view. Those views render Markdown (form-js: marked, with
 * GitHub's autolinks) and let links and images through, so what a customer or merchant wrote — a file name, a
 * comment, a note — must reach them as plain text: every ASCII punctuation character is escaped with a backslash
 * (which CommonMark defines for exactly this), so no link, image, emphasis, heading, list, HTML tag or bare URL can
 * form; line breaks become spaces, so a line stays one line.
 *
 * <p>Forms show whole fields a person wrote (the description, a customer's comment) in disabled input fields
 * instead, which render nothing at all; this is for text the desk composes into Markdown (evidence lists,
 * negotiation histories).
 */
public final class FormText {

    public static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c == '\r' || c == '\n' || c == '\t' || Character.isISOControl(c)) {
                escaped.append(' ');
            } else {
                if (c < 128 && isAsciiPunctuation(c)) {
                    escaped.append('\\');
                }
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    private static boolean isAsciiPunctuation(int c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    private FormText() {
    }
}
