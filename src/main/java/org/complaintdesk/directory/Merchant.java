package org.complaintdesk.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.complaintdesk.complaint.CustomerLocale;

/** A merchant as administrators keep it in the directory: its contact, language and webhook. */
@Entity
@Table(name = "merchant")
@Getter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Merchant {

    @Id
    private String merchantId;

    private String name;

    private String contactEmail;

    private String locale;

    private String webhookUrl;

    /** AES-GCM ciphertext of the signing secret ({@link WebhookSecrets}); never leaves the desk. */
    private String webhookSecret;

    private boolean active;

    private Instant createdAt;

    private String createdBy;

    private Instant changedAt;

    private String changedBy;

    @Version
    private long version;

    Merchant(String merchantId, Instant now, String by) {
        this.merchantId = merchantId;
        this.createdAt = now;
        this.createdBy = by;
    }

    void update(MerchantDirectory.MerchantEntry entry, Instant now, String by) {
        this.name = entry.name();
        this.contactEmail = entry.contactEmail();
        this.locale = entry.locale().tag();
        this.webhookUrl = entry.webhookUrl();
        this.active = entry.active();
        if (webhookUrl == null) {
            this.webhookSecret = null;
        }
        this.changedAt = now;
        this.changedBy = by;
    }

    void webhookSecret(String encrypted, Instant now, String by) {
        this.webhookSecret = encrypted;
        this.changedAt = now;
        this.changedBy = by;
    }

    CustomerLocale language() {
        return CustomerLocale.ofTag(locale);
    }

    boolean hasWebhook() {
        return webhookUrl != null && webhookSecret != null;
    }
}
