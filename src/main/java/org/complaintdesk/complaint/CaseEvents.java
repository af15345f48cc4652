package org.complaintdesk.complaint;

import java.time.Clock;
import java.time.Instant;
import org.complaintdesk.process.Actors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the case timeline, in the transaction of the change it describes: a step that rolls back leaves
 * no trace, a step that happened always has one.
 */
@Service
public class CaseEvents {

    /** Actor of steps the desk takes by itself (timers, rules). */
    public static final String SYSTEM = Actors.SYSTEM;
    /** Actor of steps the customer takes. */
    public static final String CUSTOMER = "customer";

    private static final int MAX_DETAIL = 2_000;

    private final CaseEventRepository events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    CaseEvents(CaseEventRepository events, Clock clock, ApplicationEventPublisher publisher) {
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Complaint complaint, CaseStep step, String actor, String detail) {
        String text = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        Instant now = clock.instant();
        String who = actor == null ? SYSTEM : actor;
        events.save(new CaseEvent(complaint.getId(), now, who, step.name(), text));
        publisher.publishEvent(new CaseStepRecorded(complaint, step, now, who, text));
    }
}
