package org.complaintdesk.casepage;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.CustomerLocale;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.notification.CustomerLinks;
import org.complaintdesk.notification.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links to the customer's case page and the sessions they open.
 * <ul>
 *   <li>Each message to the customer gets a link with its own one-time code (256 random bits, kept only as its
 *       SHA-256 hash), valid {@code link-valid-for}.</li>
 *   <li>The first GET with the code spends it (a conditional update: of two requests exactly one wins) and opens a
 *       session bound to that complaint (256 random bits, hashed), valid {@code session-valid-for} and never longer
 *       than the customer's access to the complaint.</li>
 *   <li>A spent or expired code may ask for a fresh link by email to the address on file, at most once per
 *       {@code fresh-link-every} per complaint.</li>
 * </ul>
 */
@Service
class CaseLinks implements CustomerLinks {

    static final String FRESH_LINK_TEMPLATE = "case-page-link";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_SECRET_LENGTH = 100;

    private final CaseLinkCodeRepository codes;
    private final PageSessionRepository sessions;
    private final ComplaintRepository complaints;
    private final CustomerTokens tokens;
    private final Outbox outbox;
    private final CasePageProperties properties;
    private final Clock clock;

    CaseLinks(CaseLinkCodeRepository codes, PageSessionRepository sessions, ComplaintRepository complaints,
              CustomerTokens tokens, Outbox outbox, CasePageProperties properties, Clock clock) {
        this.codes = codes;
        this.sessions = sessions;
        this.complaints = complaints;
        this.tokens = tokens;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a code in a link does. */
    sealed interface Exchange {
    }

    /** The code was good: the page is open with this session id (for the cookie) until {@code expiresAt}. */
    record Opened(String sessionId, Instant expiresAt) implements Exchange {
    }

    /** The code was this complaint's, but it was used already or has expired: a fresh link may be asked for. */
    record Spent() implements Exchange {
    }

    /** Not a code of this complaint (or the customer's access to it has ended). */
    record Unknown() implements Exchange {
    }

    @Override
    @Transactional
    public String linkFor(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        String code = secret();
        Instant now = clock.instant();
        codes.save(new CaseLinkCode(complaint.getId(), CustomerTokens.hash(code), now, now.plus(properties.linkValidFor())));
        return pageUrl(complaintNo) + "?code=" + code;
    }

    /** The page's address, without any code. */
    String pageUrl(String complaintNo) {
        return properties.base() + CasePage.path(complaintNo);
    }

    @Transactional
    Exchange exchange(String complaintNo, String code) {
        Optional<CaseLinkCode> found = codeOf(complaintNo, code);
        if (found.isEmpty()) {
            return new Unknown();
        }
        Complaint complaint = complaints.findById(found.get().getComplaintId()).orElseThrow();
        if (!tokens.accessLasts(complaint)) {
            return new Unknown();
        }
        Instant now = clock.instant();
        if (codes.spend(found.get().getId(), now) != 1) {
            return new Spent();
        }
        String sessionId = secret();
        Instant end = now.plus(properties.sessionValidFor());
        sessions.save(new PageSession(complaint.getId(), CustomerTokens.hash(sessionId),
                complaint.getCustomer().getLocale().tag(), now, end));
        return new Opened(sessionId, end);
    }

    /** The open session with that id for that complaint, if any. */
    @Transactional(readOnly = true)
    Optional<PageSession> session(String complaintNo, String sessionId) {
        if (sessionId == null || sessionId.isBlank() || sessionId.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return sessions.findBySessionHash(CustomerTokens.hash(sessionId))
                .filter(s -> s.getExpiresAt().isAfter(now))
                .filter(s -> complaints.findById(s.getComplaintId())
                        .filter(c -> c.getComplaintNo().equals(complaintNo))
                        .filter(tokens::accessLasts)
                        .isPresent());
    }

    @Transactional
    void switchLanguage(long sessionRow, CustomerLocale locale) {
        sessions.findById(sessionRow).ifPresent(s -> s.switchTo(locale.tag()));
    }

    /**
     * Sends a fresh link to the customer's address on file, for a spent or expired code of that complaint.
     *
     * @return false when it is too soon after the last link (nothing is sent)
     * @throws org.complaintdesk.complaint.ComplaintNotFoundException when the code is none of that complaint's
     */
    @Transactional
    boolean sendFreshLink(String complaintNo, String spentCode) {
        CaseLinkCode code = codeOf(complaintNo, spentCode)
                .orElseThrow(() -> new org.complaintdesk.complaint.ComplaintNotFoundException(complaintNo));
        Complaint complaint = complaints.findById(code.getComplaintId()).orElseThrow();
        if (!tokens.accessLasts(complaint)) {
            throw new org.complaintdesk.complaint.ComplaintNotFoundException(complaintNo);
        }
        Instant since = clock.instant().minus(properties.freshLinkEvery());
        if (codes.existsByComplaintIdAndIssuedAtAfter(complaint.getId(), since)) {
            return false;
        }
        // the code is issued when the message is sent; until then this row throttles further requests
        codes.save(new CaseLinkCode(complaint.getId(), CustomerTokens.hash(secret()), clock.instant(), clock.instant()));
        outbox.notifyCustomer(complaint, FRESH_LINK_TEMPLATE, complaintNo, complaint.getCustomer().getName());
        return true;
    }

    private Optional<CaseLinkCode> codeOf(String complaintNo, String code) {
        if (code == null || code.isBlank() || code.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        return codes.findByCodeHash(CustomerTokens.hash(code))
                .filter(c -> complaints.findById(c.getComplaintId())
                        .filter(complaint -> complaint.getComplaintNo().equals(complaintNo)).isPresent());
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
