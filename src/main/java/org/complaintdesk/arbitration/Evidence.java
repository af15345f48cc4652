package org.complaintdesk.arbitration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One file submitted as evidence: what it is (detected from its bytes), how big, its SHA-256, who sent it. */
@Entity
@Table(name = "evidence")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    @Enumerated(EnumType.STRING)
    private EvidenceParty party;

    private String uploadedBy;

    private String fileName;

    private String mediaType;

    private long sizeBytes;

    private String sha256;

    private String note;

    private Instant uploadedAt;

    Evidence(Long complaintId, EvidenceParty party, String uploadedBy, String fileName, String mediaType,
             long sizeBytes, String sha256, String note, Instant uploadedAt) {
        this.complaintId = complaintId;
        this.party = party;
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.note = note;
        this.uploadedAt = uploadedAt;
    }
}
