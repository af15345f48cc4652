package org.complaintdesk.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer-side access to a complaint: a random 256-bit token handed out at intake, presented in
 * {@code X-Customer-Token}, stored only as its SHA-256 hash. A token stops working
 * {@code complaint-desk.customer-access.valid-after-close} after the case ended.
 */
@Service
public class CustomerTokens {

    public static final String HEADER = "X-Customer-Token";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TOKEN_LENGTH = 200;

    /**
     * The complaint the credential opens, if it is the complaint with that number: the token as
     * {@link #complaintFor(String, String)}, a case-page session for its own complaint while the customer's access lasts.
     */
    @Transactional(readOnly = true)
    public Complaint complaintFor(String complaintNo, CustomerCredential credential) {
        if (credential instanceof CustomerCredential.Token token) {
            return complaintFor(complaintNo, token.value());
        }
        long complaintId = ((CustomerCredential.CasePageSession) credential).complaintId();
        return complaints.findById(complaintId)
                .filter(c -> c.getComplaintNo().equals(complaintNo))
                .filter(this::current)
                .orElseThrow(() -> new ComplaintNotFoundException(complaintNo));
    }

    /** Whether the customer's access to the complaint still lasts (it ends some time after the case ended). */
    public boolean accessLasts(Complaint complaint) {
        return current(complaint);
    }

    /** What a presented token does for a complaint number. */
    public enum Access {
        /** The complaint's own, current token. */
        GRANTED,
        /** The complaint's own token, but the case ended too long ago: refused like a wrong token. */
        EXPIRED,
        /** Not a token of this complaint (or no such complaint). */
        DENIED
    }

    private final ComplaintAccessTokenRepository tokens;
    private final ComplaintRepository complaints;
    private final CustomerAccessProperties properties;
    private final Clock clock;

    CustomerTokens(ComplaintAccessTokenRepository tokens, ComplaintRepository complaints,
                   CustomerAccessProperties properties, Clock clock) {
        this.tokens = tokens;
        this.complaints = complaints;
        this.properties = properties;
        this.clock = clock;
    }

    /** Issues a new token for the complaint and returns it; only its hash is kept. */
    @Transactional
    public String issue(Complaint complaint) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new ComplaintAccessToken(complaint.getId(), hash(token), clock.instant()));
        return token;
    }

    /**
     * A fresh token for a channel that sent the same message again, or null. Only the service client that
     * filed the complaint gets one (it proves the message comes from where the first one came from: the
     * channel that timed out on our first answer), only while the case is open and within
     * {@code replay-token-within} of its receipt. Anyone else learns the complaint number, not the access.
     */
    @Transactional
    public String issueForReplay(Complaint complaint, String caller) {
        Instant now = clock.instant();
        boolean sameFiler = caller != null && caller.equals(complaint.getFiledBy());
        boolean open = complaint.getEndedAt() == null;
        boolean retry = !now.isAfter(complaint.getReceivedAt().plus(properties.replayTokenWithin()));
        return sameFiler && open && retry ? issue(complaint) : null;
    }

    /**
     * The complaint the token opens, if it is the complaint with that number. A missing, wrong or expired
     * token and an unknown number all answer alike, revealing nothing.
     */
    @Transactional(readOnly = true)
    public Complaint complaintFor(String complaintNo, String token) {
        return find(complaintNo, token)
                .filter(this::current)
                .orElseThrow(() -> new ComplaintNotFoundException(complaintNo));
    }

    /** What the token does for that complaint; for throttling, which counts only guesses (DENIED). */
    @Transactional(readOnly = true)
    public Access check(String complaintNo, String token) {
        return find(complaintNo, token).map(c -> current(c) ? Access.GRANTED : Access.EXPIRED).orElse(Access.DENIED);
    }

    private Optional<Complaint> find(String complaintNo, String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token))
                .flatMap(t -> complaints.findById(t.getComplaintId()))
                .filter(c -> c.getComplaintNo().equals(complaintNo));
    }

    private boolean current(Complaint complaint) {
        return complaint.getEndedAt() == null
                || clock.instant().isBefore(complaint.getEndedAt().plus(properties.validAfterClose()));
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
