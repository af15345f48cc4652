package org.complaintdesk.casepage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The hash of a one-time code that a link in a message to the customer carries; the code itself is never stored. */
@Entity
@Table(name = "case_link_code")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class CaseLinkCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private String codeHash;

    private Instant issuedAt;

    private Instant expiresAt;

    private Instant usedAt;

    CaseLinkCode(Long complaintId, String codeHash, Instant issuedAt, Instant expiresAt) {
        this.complaintId = complaintId;
        this.codeHash = codeHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }
}
