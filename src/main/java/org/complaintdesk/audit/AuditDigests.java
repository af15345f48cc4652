package org.complaintdesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * How an audit record is written down and hashed, in one place: the appender, the sealer, the verifier and the
 * erasure must agree on it byte for byte, or the chain breaks for no reason.
 */
final class AuditDigests {

    /** The hash before the first record of the chain. */
    static final String GENESIS = "0".repeat(64);

    /** Maps with sorted keys, times as ISO-8601 text: the same content always gives the same text. */
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuditDigests() {
    }

    static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit content cannot be written as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit personal data is not JSON", e);
        }
    }

    /** A fresh random salt per record: without it the digest of a short personal value could be guessed. */
    static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    static String personalDigest(String salt, String personal) {
        return sha256(salt + "\n" + (personal == null ? "" : personal));
    }

    /** The record's hash: its predecessor's hash, everything it says except personal data, and that data's digest. */
    static String recordHash(String prevHash, long id, long chainSeq, String complaintNo, Instant recordedAt,
                             String kind, String actor, String content, String personalDigest) {
        return sha256(String.join("\n", prevHash, Long.toString(id), Long.toString(chainSeq),
                complaintNo == null ? "" : complaintNo, recordedAt.toString(), kind, actor, content, personalDigest));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
