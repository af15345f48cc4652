package org.complaintdesk.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Posts due webhook deliveries to merchants' servers, each at least once: a delivery counts only after a 2xx
 * answer; other answers and network failures are retried with growing delays, then marked FAILED after
 * {@code max-attempts}. A merchant made inactive (or without a webhook) by then gets nothing: CANCELLED.
 * Several nodes may poll; each delivery is claimed by a conditional update only one wins (as the outbox does).
 * A merchant's server sees the same event again only after a crash or a lost answer; the {@code Idempotency-Key}
 * header (the event's id) lets it drop the repeat. The body is signed: {@code X-Desk-Signature: sha256=<hex HMAC>}.
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    static final String SIGNATURE = "X-Desk-Signature";
    static final String EVENT_TYPE = "X-Desk-Event";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final WebhookDeliveryRepository deliveries;
    private final MerchantEventRepository events;
    private final MerchantRepository merchants;
    private final MerchantEvents merchantEvents;
    private final WebhookSecrets secrets;
    private final MerchantProperties.Webhooks settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    WebhookDispatcher(WebhookDeliveryRepository deliveries, MerchantEventRepository events,
                      MerchantRepository merchants, MerchantEvents merchantEvents, WebhookSecrets secrets,
                      MerchantProperties properties, ObjectMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.events = events;
        this.merchants = merchants;
        this.merchantEvents = merchantEvents;
        this.secrets = secrets;
        this.settings = properties.webhooks();
        this.json = json;
        this.clock = clock;
        if (settings.claimFor().compareTo(settings.timeout().multipliedBy(2)) <= 0) {
            throw new IllegalStateException("complaint-desk.merchants.webhooks.claim-for must exceed twice the timeout");
        }
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${complaint-desk.merchants.webhooks.poll-interval}")
    void poll() {
        deliverDue();
    }

    /** Posts what is due now; returns how many events were delivered. */
    public int deliverDue() {
        int delivered = 0;
        for (Long id : deliveries.findDue(clock.instant(), PageRequest.of(0, settings.batchSize()))) {
            Instant now = clock.instant();
            if (deliveries.claim(id, now, now.plus(settings.claimFor())) != 1) {
                continue; // another node has it
            }
            if (post(deliveries.findById(id).orElseThrow())) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean post(WebhookDelivery delivery) {
        Optional<Merchant> merchant = merchants.findById(delivery.getMerchantId())
                .filter(m -> m.isActive() && m.hasWebhook());
        if (merchant.isEmpty()) {
            deliveries.settle(delivery.getId(), WebhookDelivery.Status.CANCELLED, delivery.getNextAttemptAt(),
                    "merchant inactive or without webhook", null);
            return false;
        }
        MerchantEvent event = events.findById(delivery.getEventId()).orElseThrow();
        String failure;
        try {
            byte[] body = json.writeValueAsBytes(merchantEvents.body(event));
            String secret = secrets.decrypt(merchant.get().getMerchantId(), merchant.get().getWebhookSecret());
            HttpRequest request = HttpRequest.newBuilder(URI.create(merchant.get().getWebhookUrl()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "complaint-desk-webhooks")
                    .header(EVENT_TYPE, event.getEventType())
                    .header(IDEMPOTENCY_KEY, "merchant-event-" + event.getId())
                    .header(SIGNATURE, WebhookSecrets.sign(secret, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                deliveries.settle(delivery.getId(), WebhookDelivery.Status.DELIVERED, delivery.getNextAttemptAt(),
                        null, clock.instant());
                return true;
            }
            failure = "HTTP " + response.statusCode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.getId(), e);
        } catch (IOException | IllegalArgumentException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        boolean exhausted = delivery.getAttempts() >= settings.maxAttempts();
        deliveries.settle(delivery.getId(), exhausted ? WebhookDelivery.Status.FAILED : WebhookDelivery.Status.PENDING,
                clock.instant().plus(backoff(delivery.getAttempts())), abbreviate(failure), null);
        log.warn("Webhook of event {} ({}) to merchant {} not delivered (attempt {}/{}): {}", event.getId(),
                event.getEventType(), delivery.getMerchantId(), delivery.getAttempts(), settings.maxAttempts(), failure);
        return false;
    }

    /** First retry after {@code first-retry-delay}, doubling up to {@code max-retry-delay}. */
    Duration backoff(int attempts) {
        Duration delay = settings.firstRetryDelay().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : delay;
    }

    private static String abbreviate(String text) {
        return text == null ? "unknown error" : text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
