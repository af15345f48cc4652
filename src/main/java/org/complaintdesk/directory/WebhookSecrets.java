package org.complaintdesk.directory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.complaintdesk.system.ConflictException;
import org.springframework.stereotype.Component;

/**
 * Webhook secrets: 256 random bits, shown once to the administrator who set or rotated them, kept encrypted with
 * AES-256-GCM under a key that lives in configuration, not in the database (the merchant id is authenticated
 * data, so a ciphertext copied to another merchant's row does not decrypt). A database dump or backup alone does
 * not let anyone sign events as the desk.
 */
@Component
class WebhookSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    private final SecretKeySpec key;

    WebhookSecrets(MerchantProperties properties) {
        this.key = properties.webhookKey() == null || properties.webhookKey().isBlank() ? null
                : aesKey(properties.webhookKey());
    }

    private static SecretKeySpec aesKey(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("complaint-desk.merchants.webhook-key must be 32 bytes, base64");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** A fresh secret, base64url without padding. */
    String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    String encrypt(String merchantId, String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(merchantId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a webhook secret", e);
        }
    }

    String decrypt(String merchantId, String encrypted) {
        try {
            byte[] all = Base64.getDecoder().decode(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(128, all, 0, IV_BYTES));
            cipher.updateAAD(merchantId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt the webhook secret of merchant " + merchantId
                    + " (was complaint-desk.merchants.webhook-key changed?)", e);
        }
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of the body under the secret: what a merchant checks. */
    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    boolean configured() {
        return key != null;
    }

    private SecretKeySpec requireKey() {
        if (key == null) {
            throw new ConflictException("webhook-key-missing",
                    "Webhooks need complaint-desk.merchants.webhook-key (MERCHANT_WEBHOOK_KEY) to keep their secrets.");
        }
        return key;
    }
}
