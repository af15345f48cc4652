package org.complaintdesk.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service clients (machine clients of {@code /api}).
 *
 * @param secretValidity how long an issued secret works unless the administrator asks for less
 * @param bootstrap      clients created at start-up when they do not exist yet, each with the SHA-256 (hex) of
 *                       its first secret, so the plain secret never appears in configuration; entries without
 *                       an id are ignored. An existing client is never changed from here: after the first
 *                       start, administrators manage it through {@code /api/service-clients}.
 */
@ConfigurationProperties("complaint-desk.service-clients")
record ServiceClientProperties(@DefaultValue("P365D") Duration secretValidity, List<Bootstrap> bootstrap) {

    ServiceClientProperties {
        if (secretValidity.isNegative() || secretValidity.isZero()) {
            throw new IllegalArgumentException("complaint-desk.service-clients.secret-validity must be positive");
        }
        bootstrap = bootstrap == null ? List.of()
                : bootstrap.stream().filter(b -> b.id() != null && !b.id().isBlank()).toList();
    }

    /**
     * @param id           the client id (HTTP Basic user name)
     * @param role         {@code channels} or {@code payment-services}
     * @param secretSha256 SHA-256 of the secret, 64 hex digits: {@code printf %s "$SECRET" | sha256sum}
     */
    record Bootstrap(String id, String role, String secretSha256) {

        Bootstrap {
            if (id != null && !id.isBlank()) {
                id = id.strip();
                if (!ServiceClients.ROLES.contains(role)) {
                    throw new IllegalArgumentException("service client " + id + ": role must be one of "
                            + ServiceClients.ROLES + ", not " + role);
                }
                if (secretSha256 == null || !secretSha256.strip().matches("[0-9a-fA-F]{64}")) {
                    throw new IllegalArgumentException("service client " + id + ": secret-sha256 must be the"
                            + " SHA-256 of the secret as 64 hex digits (printf %s \"$SECRET\" | sha256sum)");
                }
                secretSha256 = secretSha256.strip().toLowerCase(Locale.ROOT);
            }
        }
    }
}
