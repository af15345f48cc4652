package org.complaintdesk.system;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A machine client of {@code /api} (an intake channel, the payment service). Not a Camunda user: it has no
 * password Camunda could lock and no access to the engine or the webapps; its role is its only authority.
 */
@Entity
@Table(name = "service_client")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ServiceClient {

    @Id
    private String clientId;

    private String role;

    private boolean enabled;

    private Instant createdAt;

    private String createdBy;

    private Instant changedAt;

    private String changedBy;

    @Version
    private long version;

    ServiceClient(String clientId, String role, Instant createdAt, String createdBy) {
        this.clientId = clientId;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void enabled(boolean enabled, Instant now, String by) {
        this.enabled = enabled;
        this.changedAt = now;
        this.changedBy = by;
    }
}
