package org.complaintdesk.arbitration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of an evidence file, kept apart so that listing evidence never loads them. */
@Entity
@Table(name = "evidence_content")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EvidenceContent {

    @Id
    private Long evidenceId;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "content", length = EvidenceRules.MAX_FILE_BYTES)
    private byte[] content;

    EvidenceContent(Long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }
}
