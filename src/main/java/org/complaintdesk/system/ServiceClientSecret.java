package org.complaintdesk.system;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One secret of a service client, kept only as the SHA-256 hash of the secret (hex). */
@Entity
@Table(name = "service_client_secret")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ServiceClientSecret {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String clientId;

    private String secretHash;

    private Instant createdAt;

    private String createdBy;

    private Instant expiresAt;

    private Instant revokedAt;

    private String revokedBy;

    private Instant lastUsedAt;

    ServiceClientSecret(String clientId, String secretHash, Instant createdAt, String createdBy, Instant expiresAt) {
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void revoke(Instant now, String by) {
        if (revokedAt == null) {
            this.revokedAt = now;
            this.revokedBy = by;
        }
    }
}
