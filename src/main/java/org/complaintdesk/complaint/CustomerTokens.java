package org.complaintdesk.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer-side access to a complaint: a random 256-bit token handed out once at intake, presented in
 * {@code X-Customer-Token}, stored only as its SHA-256 hash.
 */
@Service
public class CustomerTokens {

    public static final String HEADER = "X-Customer-Token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ComplaintAccessTokenRepository tokens;
    private final ComplaintRepository complaints;
    private final Clock clock;

    CustomerTokens(ComplaintAccessTokenRepository tokens, ComplaintRepository complaints, Clock clock) {
        this.tokens = tokens;
        this.complaints = complaints;
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
     * The complaint the token opens, if it is the complaint with that number. A missing or wrong token and
     * an unknown number all answer alike, revealing nothing.
     */
    @Transactional(readOnly = true)
    public Complaint complaintFor(String complaintNo, String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new ComplaintNotFoundException(complaintNo);
        }
        return tokens.findByTokenHash(hash(token))
                .flatMap(t -> complaints.findById(t.getComplaintId()))
                .filter(c -> c.getComplaintNo().equals(complaintNo))
                .orElseThrow(() -> new ComplaintNotFoundException(complaintNo));
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
