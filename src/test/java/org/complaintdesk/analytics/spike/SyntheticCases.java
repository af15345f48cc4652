package org.complaintdesk.analytics.spike;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.complaintdesk.archive.PastCases;
import org.complaintdesk.archive.CaseRecord;
import org.complaintdesk.archive.PastCases.PastCase;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ClassificationSource;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.Customer;
import org.complaintdesk.complaint.CustomerLocale;
import org.complaintdesk.complaint.Demand;
import org.complaintdesk.complaint.OrderDetails;
import org.complaintdesk.complaint.Outcome;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.complaint.Severity;

/**
 * Ended cases written straight into the case library for early-warning scenarios: numbers, merchants and agents
 * unique to one scenario, received at times the scenario chooses (far from other tests' complaints).
 */
final class SyntheticCases {

    private final PastCases pastCases;
    private final String prefix = UUID.randomUUID().toString().substring(0, 8);
    private final List<PastCase> cases = new ArrayList<>();
    private int numbered;

    SyntheticCases(PastCases pastCases) {
        this.pastCases = pastCases;
    }

    /** A merchant id no other scenario uses. */
    String merchant() {
        return "M-" + prefix;
    }

    /** An agent id no other scenario uses. */
    String agent() {
        return "agent-" + prefix;
    }

    /** {@code count} complaints received at {@code at} and the minutes after it, closed an hour later. */
    SyntheticCases received(int count, Category category, String merchantId, Instant at) {
        for (int i = 0; i < count; i++) {
            cases.add(ended(category, merchantId, "agent-any", null, at.plus(Duration.ofMinutes(i))));
        }
        return this;
    }

    /** {@code count} cases the agent owned, received and closed two days before {@code at} (outside the spike window), rated {@code score}. */
    SyntheticCases rated(int count, String agent, int score, Instant at) {
        for (int i = 0; i < count; i++) {
            cases.add(ended(Category.OTHER, merchant(), agent, score, at.minus(Duration.ofDays(2)).plus(Duration.ofMinutes(i))));
        }
        return this;
    }

    void record() {
        pastCases.record(cases);
        cases.clear();
    }

    private PastCase ended(Category category, String merchantId, String agent, Integer score, Instant receivedAt) {
        String no = "SP-%s-%04d".formatted(prefix, ++numbered);
        Complaint c = new Complaint(no, Channel.APP_FORM, no, "synthetic",
                new Customer("C-" + no, "Synthetic customer", null, null, CustomerLocale.EN, false),
                new OrderDetails("O-" + no, merchantId, "Merchant " + merchantId, "Desk lamp", new BigDecimal("59.00"),
                        "CNY", "ZTO Express", null, null),
                category, "Complaint " + no + ": the desk lamp flickers and the switch gets hot.",
                EnumSet.of(Demand.REFUND), null, receivedAt);
        c.classified(category, ClassificationSource.CHANNEL_HINT, 1.0, false);
        c.opened(Severity.MEDIUM, 50, "quality-desk", true);
        c.taken(agent, "quality-desk", receivedAt.plus(Duration.ofMinutes(10)));
        c.agreed(RemedyKind.REFUND_FULL, new BigDecimal("59.00"), receivedAt.plus(Duration.ofMinutes(30)));
        c.closed(Outcome.RESOLVED, receivedAt.plus(Duration.ofHours(1)));
        return new PastCase(c, 1, new BigDecimal("59.00"), score, score == null ? null : score >= 3,
                new CaseRecord.Milestones(20L, 30L, 45L));
    }
}
