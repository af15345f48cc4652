package org.complaintdesk.analytics.spike;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.analytics.spike.SpikeReview.Settings;
import org.springframework.stereotype.Component;

/** <i>Open spike reviews</i>: compares each category and merchant with its baseline by {@code spike-rule}. */
@Component("openSpikeReviewsDelegate")
class OpenSpikeReviewsDelegate implements JavaDelegate {

    private final SpikeReviews reviews;

    OpenSpikeReviewsDelegate(SpikeReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.openSpikeReviews(Settings.WINDOW.get(execution), Settings.BASELINE_PERIOD.get(execution));
    }
}
