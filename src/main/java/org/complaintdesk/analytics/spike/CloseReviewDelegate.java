package org.complaintdesk.analytics.spike;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.analytics.spike.SpikeReview.Var;
import org.complaintdesk.process.Actors;
import org.springframework.stereotype.Component;

/** <i>Close review</i>: records the supervisor's cause and action on the review of this instance and closes it. */
@Component("closeReviewDelegate")
class CloseReviewDelegate implements JavaDelegate {

    private final SpikeReviews reviews;

    CloseReviewDelegate(SpikeReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.close(execution.getProcessInstanceId(), Var.CAUSE.get(execution), Var.ACTION_TAKEN.get(execution),
                Actors.of(execution));
    }
}
