package org.complaintdesk.complaint;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.springframework.data.domain.Persistable;

/** Marks the one open case of a customer about an order; its primary key keeps it one. */
@Entity
@Table(name = "open_case")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OpenCase implements Persistable<OpenCase.Key> {

    @EmbeddedId
    private Key key;

    private Long complaintId;

    /** Always inserted, never merged: a merge would take over another complaint's open case. */
    @Transient
    private boolean fresh = true;

    public OpenCase(String customerId, String orderNo, Long complaintId) {
        this.key = new Key(customerId, orderNo);
        this.complaintId = complaintId;
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
    public record Key(String customerId, String orderNo) implements Serializable {
    }
}
