package org.complaintdesk.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's service clients and their secrets: created, issued, revoked, disabled by administrators
 * without a restart, and checked on every {@code /api} call a client makes.
 *
 * <p>A secret is 256 random bits, shown once and kept only as its SHA-256. A fast hash is enough here (and
 * a slow one would be harmful): slow password hashes protect guessable passwords from offline guessing, but
 * nobody can search 2<sup>256</sup> values, whereas a deliberately slow hash would cost CPU on every call and
 * hand anyone who can reach the port a cheap way to load the desk. Comparison is constant-time, and a failed
 * attempt changes nothing: there is no counter anyone could run up to lock a client out.
 */
@Service
class ServiceClients {

    private static final Logger log = LoggerFactory.getLogger(ServiceClients.class);

    static final List<String> ROLES = List.of(DeskGroups.CHANNELS, DeskGroups.PAYMENT_SERVICES,
            DeskGroups.METRICS_SCRAPERS);
    static final int MAX_ACTIVE_SECRETS = 5;
    static final Duration MAX_VALIDITY = Duration.ofDays(3 * 365);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MAX_SECRET_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServiceClientRepository clients;
    private final ServiceClientSecretRepository secrets;
    private final ServiceClientProperties properties;
    private final IdentityService identityService;
    private final Clock clock;

    ServiceClients(ServiceClientRepository clients, ServiceClientSecretRepository secrets,
                   ServiceClientProperties properties, IdentityService identityService, Clock clock) {
        this.clients = clients;
        this.secrets = secrets;
        this.properties = properties;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** A secret as issued: the only time the plain secret is ever shown. */
    record IssuedSecret(String clientId, long secretId, String secret, Instant createdAt, Instant expiresAt) {
    }

    /** What administrators see of a client: never a secret or its hash. */
    record ClientView(String clientId, String role, boolean enabled, Instant createdAt, String createdBy,
                      Instant changedAt, String changedBy, List<SecretView> secrets) {
    }

    record SecretView(long secretId, boolean active, Instant createdAt, String createdBy, Instant expiresAt,
                      Instant revokedAt, String revokedBy, Instant lastUsedAt) {
    }

    /** The outcome of a client's credentials; {@link #notAClient()} when the name is no client's id. */
    record Login(boolean client, String role) {

        static Login notAClient() {
            return new Login(false, null);
        }

        boolean accepted() {
            return role != null;
        }
    }

    /** Creates a client and issues its first secret. */
    @Transactional
    IssuedSecret create(String clientId, String role, Duration validFor, String by) {
        if (clientId == null || !ID.matcher(clientId).matches()) {
            throw new InvalidRequestException("id", "must be 2 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (!ROLES.contains(role)) {
            throw new InvalidRequestException("role", "must be one of " + ROLES);
        }
        Duration validity = validity(validFor);
        if (clients.existsById(clientId)) {
            throw new ConflictException("service-client-exists", "Service client " + clientId + " exists already.");
        }
        if (identityService.createUserQuery().userId(clientId).count() > 0) {
            // one name, one kind of identity: /api would take it for the client, the webapps for the user
            throw new ConflictException("service-client-id-taken", clientId + " is the id of a Camunda user.");
        }
        clients.saveAndFlush(new ServiceClient(clientId, role, clock.instant(), by));
        log.info("Service client {} ({}) created by {}", clientId, role, by);
        return issue(clientId, validity, by);
    }

    /** Issues one more secret for the client: the first step of a rotation. */
    @Transactional
    IssuedSecret issueSecret(String clientId, Duration validFor, String by) {
        Duration validity = validity(validFor);
        client(clientId);
        Instant now = clock.instant();
        long active = secrets.findByClientIdOrderByIdAsc(clientId).stream().filter(s -> s.isActive(now)).count();
        if (active >= MAX_ACTIVE_SECRETS) {
            throw new ConflictException("too-many-secrets", "Service client " + clientId + " has " + active
                    + " active secrets; revoke one first.");
        }
        return issue(clientId, validity, by);
    }

    /** Revokes one secret at once: the last step of a rotation, or the answer to a leaked secret. */
    @Transactional
    ClientView revokeSecret(String clientId, long secretId, String by) {
        ServiceClient client = client(clientId);
        ServiceClientSecret secret = secrets.findById(secretId).filter(s -> s.getClientId().equals(clientId))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "secret-not-found", "Secret not found",
                        "Service client " + clientId + " has no secret " + secretId + "."));
        secret.revoke(clock.instant(), by);
        log.info("Secret {} of service client {} revoked by {}", secretId, clientId, by);
        return view(client);
    }

    /** A disabled client is refused whatever secret it presents, until enabled again. */
    @Transactional
    ClientView enable(String clientId, boolean enabled, String by) {
        ServiceClient client = client(clientId);
        client.enabled(enabled, clock.instant(), by);
        log.info("Service client {} {} by {}", clientId, enabled ? "enabled" : "disabled", by);
        return view(client);
    }

    @Transactional(readOnly = true)
    List<ClientView> list() {
        return clients.findAll(org.springframework.data.domain.Sort.by("clientId")).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    ClientView get(String clientId) {
        return view(client(clientId));
    }

    /**
     * Creates a client from configuration with the hash of its secret, unless it exists: an existing
     * client (perhaps rotated, revoked or disabled since) is never changed by a restart.
     *
     * @return whether it was created
     */
    @Transactional
    boolean register(String clientId, String role, String secretHash, String by) {
        if (clients.existsById(clientId)) {
            Instant now = clock.instant();
            boolean configuredActive = secrets.findByClientIdOrderByIdAsc(clientId).stream()
                    .anyMatch(s -> s.isActive(now) && s.getSecretHash().equals(secretHash));
            if (!configuredActive) {
                log.info("Service client {} exists; its configured secret hash is not one of its active secrets."
                        + " Administrators manage it at /api/service-clients.", clientId);
            }
            return false;
        }
        if (identityService.createUserQuery().userId(clientId).count() > 0) {
            log.warn("Service client {} has the id of a Camunda user: /api takes the name for the client;"
                    + " delete the user in Admin if it was the client's old login", clientId);
        }
        clients.saveAndFlush(new ServiceClient(clientId, role, clock.instant(), by));
        secrets.save(new ServiceClientSecret(clientId, secretHash, clock.instant(), by, null));
        log.info("Service client {} ({}) created from {}", clientId, role, by);
        return true;
    }

    /** Whether the name is a service client's id (then its secret decides, never Camunda). */
    @Transactional(readOnly = true)
    boolean exists(String clientId) {
        return clientId != null && clientId.length() <= 64 && clients.existsById(clientId);
    }

    /**
     * Checks a client's credentials. Every secret of the client is compared, in constant time, whichever
     * matches; a failure is not counted anywhere.
     */
    @Transactional
    Login login(String clientId, String secret) {
        if (clientId == null || clientId.length() > 64) {
            return Login.notAClient();
        }
        ServiceClient client = clients.findById(clientId).orElse(null);
        if (client == null) {
            return Login.notAClient();
        }
        byte[] presented = sha256(secret == null || secret.length() > MAX_SECRET_LENGTH ? "" : secret);
        Instant now = clock.instant();
        ServiceClientSecret matched = null;
        for (ServiceClientSecret candidate : secrets.findByClientIdOrderByIdAsc(clientId)) {
            boolean equal = MessageDigest.isEqual(presented, HexFormat.of().parseHex(candidate.getSecretHash()));
            if (equal && candidate.isActive(now)) {
                matched = candidate;
            }
        }
        if (matched == null || !client.isEnabled() || secret == null || secret.isEmpty()) {
            return new Login(true, null);
        }
        secrets.markUsed(matched.getId(), now, now.minus(Duration.ofMinutes(1)));
        return new Login(true, client.getRole());
    }

    static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    private IssuedSecret issue(String clientId, Duration validity, String by) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ServiceClientSecret saved = secrets.save(new ServiceClientSecret(clientId, hash(secret), now, by,
                now.plus(validity)));
        log.info("Secret {} issued for service client {} by {}, expires {}", saved.getId(), clientId, by,
                saved.getExpiresAt());
        return new IssuedSecret(clientId, saved.getId(), secret, now, saved.getExpiresAt());
    }

    private Duration validity(Duration validFor) {
        if (validFor == null) {
            return properties.secretValidity();
        }
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_VALIDITY) > 0) {
            throw new InvalidRequestException("validFor", "must be a positive ISO-8601 duration of at most P1095D");
        }
        return validFor;
    }

    private ServiceClient client(String clientId) {
        return clients.findById(clientId).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "service-client-not-found", "Service client not found", "No service client " + clientId + "."));
    }

    private ClientView view(ServiceClient client) {
        Instant now = clock.instant();
        List<SecretView> views = secrets.findByClientIdOrderByIdAsc(client.getClientId()).stream()
                .map(s -> new SecretView(s.getId(), s.isActive(now), s.getCreatedAt(), s.getCreatedBy(),
                        s.getExpiresAt(), s.getRevokedAt(), s.getRevokedBy(), s.getLastUsedAt()))
                .toList();
        return new ClientView(client.getClientId(), client.getRole(), client.isEnabled(), client.getCreatedAt(),
                client.getCreatedBy(), client.getChangedAt(), client.getChangedBy(), views);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
