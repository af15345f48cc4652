package org.complaintdesk.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The hash of a token that lets a customer act on their complaint; the token itself is never stored. */
@Entity
@Table(name = "complaint_access_token")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ComplaintAccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private String tokenHash;

    private Instant issuedAt;

    ComplaintAccessToken(Long complaintId, String tokenHash, Instant issuedAt) {
        this.complaintId = complaintId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
    }
}
