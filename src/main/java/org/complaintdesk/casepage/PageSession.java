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

/** A customer's open case page: the hash of the cookie's session id, bound to one complaint, until it expires. */
@Entity
@Table(name = "case_page_session")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PageSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private String sessionHash;

    private String locale;

    private Instant createdAt;

    private Instant expiresAt;

    PageSession(Long complaintId, String sessionHash, String locale, Instant createdAt, Instant expiresAt) {
        this.complaintId = complaintId;
        this.sessionHash = sessionHash;
        this.locale = locale;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void switchTo(String locale) {
        this.locale = locale;
    }
}
