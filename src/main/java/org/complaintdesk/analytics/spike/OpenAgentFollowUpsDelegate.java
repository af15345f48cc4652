package org.complaintdesk.analytics.spike;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.analytics.spike.SpikeReview.Settings;
import org.springframework.stereotype.Component;

/** <i>Open agent follow-ups</i>: each agent's satisfaction over the period, judged by {@code agent-follow-up}. */
@Component("openAgentFollowUpsDelegate")
class OpenAgentFollowUpsDelegate implements JavaDelegate {

    private final SpikeReviews reviews;

    OpenAgentFollowUpsDelegate(SpikeReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.openAgentFollowUps(Settings.RATED_WITHIN.get(execution));
    }
}
