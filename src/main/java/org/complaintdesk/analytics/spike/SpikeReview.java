package org.complaintdesk.analytics.spike;

import java.time.Duration;
import org.complaintdesk.process.Variable;

/** The names {@code processes/complaint-spike-review.bpmn}, its decision tables, forms, code and tests share. */
public final class SpikeReview {

    public static final String PROCESS_KEY = "complaint-spike-review";
    public static final String SPIKE_RULE = "spike-rule";
    public static final String AGENT_FOLLOW_UP_RULE = "agent-follow-up";

    /** Starts a Review spike: a category or merchant the spike rule flagged. */
    public static final String SPIKE_FOUND = "SpikeFound";
    /** Starts a Follow up agent: an agent the follow-up rule flagged. */
    public static final String AGENT_BELOW_TARGET = "AgentBelowTarget";

    public static final String START_EVERY_HOUR = "StartEvent_EveryHour";
    public static final String REVIEW_SPIKE = "UserTask_ReviewSpike";
    public static final String FOLLOW_UP_AGENT = "UserTask_FollowUpAgent";

    /** Settings of the hourly steps (input parameters a process owner sets in Modeler). */
    public static final class Settings {
        /** The latest window whose complaints are compared with the baseline. */
        public static final Variable<Duration> WINDOW = Variable.period("window");
        /** The period before the window whose average per window is the baseline. */
        public static final Variable<Duration> BASELINE_PERIOD = Variable.period("baselinePeriod");
        /** The period whose rated cases an agent's satisfaction is averaged over. */
        public static final Variable<Duration> RATED_WITHIN = Variable.period("ratedWithin");

        private Settings() {
        }
    }

    /** Variables of one review instance, shown by its form. */
    public static final class Var {
        public static final String KIND = "reviewKind";
        public static final String KEY = "reviewKey";
        public static final String LABEL = "reviewLabel";
        public static final String WINDOW_COUNT = "windowCount";
        public static final String BASELINE = "baseline";
        public static final String SAMPLES = "sampleComplaints";
        /** The category of a category's spike, which the desk shows in words as {@code categoryLabel}. */
        public static final String CATEGORY = "category";
        public static final String AGENT = "agent";
        public static final String AVERAGE_SATISFACTION = "averageSatisfaction";
        public static final String RATED_CASES = "ratedCases";
        /** What the supervisor found (the spike's cause, or what the conversation with the agent showed). */
        public static final Variable<String> CAUSE = Variable.text("cause");
        public static final Variable<String> ACTION_TAKEN = Variable.text("actionTaken");

        private Var() {
        }
    }

    private SpikeReview() {
    }
}
