package org.complaintdesk.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs our pollers (outbox, email channel). Off in tests, which call the pollers directly so that
 * nothing happens behind a test's back.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "complaint-desk.scheduling.enabled", havingValue = "true")
class SchedulingConfiguration {
}
