package org.complaintdesk.analytics.spike;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.complaintdesk.analytics.spike.SpikeReviews.OpenReview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/analytics/spike-reviews} (supervisors, auditors, administrators): the open reviews, newest first,
 * with the Tasklist task that works each. For {@code AGENT}: {@code windowCount} is the agent's rated cases and
 * {@code baseline} their average satisfaction.
 */
@RestController
class SpikeReviewController {

    private final SpikeReviews reviews;
    private final TaskService tasks;

    SpikeReviewController(SpikeReviews reviews, TaskService tasks) {
        this.reviews = reviews;
        this.tasks = tasks;
    }

    record Review(ReviewKind kind, String key, String label, long windowCount, BigDecimal baseline,
                  OffsetDateTime openedAt, String taskId) {
    }

    @GetMapping("/api/analytics/spike-reviews")
    List<Review> openReviews() {
        List<OpenReview> open = reviews.openReviews();
        Map<String, String> taskOfInstance = new HashMap<>();
        if (!open.isEmpty()) {
            String[] instances = open.stream().map(OpenReview::processInstanceId).toArray(String[]::new);
            for (Task task : tasks.createTaskQuery().processInstanceIdIn(instances).list()) {
                taskOfInstance.put(task.getProcessInstanceId(), task.getId());
            }
        }
        return open.stream().map(r -> new Review(r.kind(), r.key(), r.label(), r.windowCount(), r.baseline(),
                r.openedAt(), taskOfInstance.get(r.processInstanceId()))).toList();
    }
}
