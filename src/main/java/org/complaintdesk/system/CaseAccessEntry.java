package org.complaintdesk.system;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.springframework.data.domain.Persistable;

/** A group or user that may read one complaint's case (see {@link CaseAccess}). */
@Entity
@Table(name = "case_access")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseAccessEntry implements Persistable<CaseAccessEntry.Key> {

    public enum PrincipalType {
        GROUP, USER
    }

    @EmbeddedId
    private Key key;

    private Instant grantedAt;

    private String reason;

    /** Always inserted, never merged. */
    @Transient
    private boolean fresh = true;

    CaseAccessEntry(Long complaintId, PrincipalType type, String principalId, Instant grantedAt, String reason) {
        this.key = new Key(complaintId, type, principalId);
        this.grantedAt = grantedAt;
        this.reason = reason;
    }

    @Override
    public Key getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    void loaded() {
        fresh = false;
    }

    @Embeddable
    public record Key(Long complaintId, @Enumerated(EnumType.STRING) PrincipalType principalType, String principalId)
            implements Serializable {
    }
}
