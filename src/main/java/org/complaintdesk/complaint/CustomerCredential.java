package org.complaintdesk.complaint;

/**
 * What shows that a caller is the customer of a complaint: the API's token ({@code X-Customer-Token}), or a session of
 * the customer's case page that the page's cookie check already tied to one complaint. The domain services take either
 * and apply the same rules; {@link CustomerTokens#complaintFor(String, CustomerCredential)} opens the complaint.
 */
public sealed interface CustomerCredential permits CustomerCredential.Token, CustomerCredential.CasePageSession {

    static CustomerCredential token(String token) {
        return new Token(token);
    }

    /** The complaint's token as presented in {@code X-Customer-Token}; never printed. */
    record Token(String value) implements CustomerCredential {

        @Override
        public String toString() {
            return "Token[…]";
        }
    }

    /**
     * A case-page session, made only by the page's session check after it found the cookie's session unexpired and
     * bound to this complaint.
     */
    record CasePageSession(long complaintId) implements CustomerCredential {
    }
}
