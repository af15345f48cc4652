package org.complaintdesk.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.complaint.CaseStepRecorded;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happens to a merchant's complaints, in the transaction of the step itself: the event and its
 * webhook delivery commit or roll back with the case, and the case never waits for the merchant's server
 * ({@link WebhookDispatcher} posts later). Merchants read the same events as a feed.
 */
@Service
public class MerchantEvents {

    static final int MAX_FEED_PAGE = 100;

    private final MerchantEventRepository events;
    private final WebhookDeliveryRepository deliveries;
    private final MerchantRepository merchants;
    private final MerchantProperties properties;
    private final Clock clock;

    MerchantEvents(MerchantEventRepository events, WebhookDeliveryRepository deliveries, MerchantRepository merchants,
                   MerchantProperties properties, Clock clock) {
        this.events = events;
        this.deliveries = deliveries;
        this.merchants = merchants;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One event as merchants see it, in the feed and as a webhook's body. Only what the merchant needs: no
     * customer's name, address or words.
     */
    public record EventBody(long id, String type, String complaintNo, String orderNo, Instant occurredAt, String link) {
    }

    /** @param next the cursor for the following page ({@code after=next}); the same when nothing is new */
    public record Feed(List<EventBody> events, long next) {
    }

    @EventListener
    void onStep(CaseStepRecorded recorded) {
        MerchantEventType.of(recorded.step()).ifPresent(type -> record(recorded.complaint(), type, recorded.at()));
    }

    /** Records an event of the complaint's merchant (none without a merchant) and, if it has a webhook, its post. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Complaint complaint, MerchantEventType type) {
        record(complaint, type, clock.instant());
    }

    private void record(Complaint complaint, MerchantEventType type, Instant at) {
        if (!complaint.hasOrder() || complaint.getOrder().getMerchantId() == null) {
            return;
        }
        String merchantId = complaint.getOrder().getMerchantId();
        MerchantEvent event = events.save(new MerchantEvent(merchantId, complaint.getComplaintNo(),
                complaint.getOrder().getOrderNo(), type.wireName(), at));
        merchants.findById(merchantId).filter(m -> m.isActive() && m.hasWebhook())
                .ifPresent(m -> deliveries.save(new WebhookDelivery(event.getId(), merchantId, at)));
    }

    /** The merchant's events after the cursor, oldest first. */
    @Transactional(readOnly = true)
    public Feed feed(String merchantId, long after, int limit) {
        if (after < 0) {
            throw new InvalidRequestException("after", "must be 0 or a cursor the feed returned");
        }
        if (limit < 1 || limit > MAX_FEED_PAGE) {
            throw new InvalidRequestException("limit", "must be 1 to " + MAX_FEED_PAGE);
        }
        List<EventBody> page = events.findByMerchantIdAndIdGreaterThanOrderByIdAsc(merchantId, after,
                PageRequest.of(0, limit)).stream().map(this::body).toList();
        return new Feed(page, page.isEmpty() ? after : page.get(page.size() - 1).id());
    }

    EventBody body(MerchantEvent event) {
        String link = properties.caseLink() == null ? null
                : properties.caseLink().replace("{complaintNo}", event.getComplaintNo());
        return new EventBody(event.getId(), event.getEventType(), event.getComplaintNo(), event.getOrderNo(),
                event.getOccurredAt(), link);
    }
}
