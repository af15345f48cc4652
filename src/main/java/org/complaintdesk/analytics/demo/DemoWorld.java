package org.complaintdesk.analytics.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
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
import org.complaintdesk.complaint.ResponsibleParty;
import org.complaintdesk.complaint.Severity;
import org.complaintdesk.system.DeskGroups;

/**
 * The demo's platform: merchants and couriers of different quality, agents of different satisfaction, and what
 * their complaints are about. Builds one ended case at a time from a seeded {@link Random}, through the
 * complaint's own life-cycle methods (classified, opened, taken, agreed or ruled, closed), so the history reads
 * like cases the desk handled.
 */
final class DemoWorld {

    /** A party with a share of the orders and a complaint rate relative to the average (1.0). */
    private record Party(String id, String name, double share, double badness) {
    }

    /** An agent of a desk with their customers' usual satisfaction. */
    private record Agent(String id, String desk, double satisfaction) {
    }

    private static final List<Party> MERCHANTS = List.of(
            new Party("M-77", "Kitchen Star", 0.16, 1.0), new Party("M-101", "Urban Threads", 0.14, 1.4),
            new Party("M-102", "Pixel Gadgets", 0.12, 0.7), new Party("M-103", "Green Leaf Foods", 0.10, 0.5),
            new Party("M-104", "Bright Baby", 0.08, 0.8), new Party("M-105", "Sole Mate Shoes", 0.10, 1.2),
            new Party("M-106", "Fast Fashion Hub", 0.09, 2.6), new Party("M-107", "Home Comforts", 0.08, 0.9),
            new Party("M-108", "Beauty Bay", 0.07, 1.1), new Party("M-109", "Sports Peak", 0.06, 0.6));

    private static final List<Party> COURIERS = List.of(
            new Party("SF Express", "SF Express", 0.25, 0.5), new Party("JD Logistics", "JD Logistics", 0.20, 0.6),
            new Party("ZTO Express", "ZTO Express", 0.25, 1.3), new Party("YTO Express", "YTO Express", 0.20, 1.6),
            new Party("Best Express", "Best Express", 0.10, 2.4));

    private static final List<Agent> AGENTS = List.of(
            new Agent("sam", DeskGroups.SERVICE_DESK, 4.5), new Agent("ava", DeskGroups.SERVICE_DESK, 4.2),
            new Agent("lena", DeskGroups.LOGISTICS_DESK, 4.3), new Agent("leo", DeskGroups.LOGISTICS_DESK, 3.3),
            new Agent("quinn", DeskGroups.QUALITY_DESK, 4.4), new Agent("qiu", DeskGroups.QUALITY_DESK, 3.9),
            new Agent("fiona", DeskGroups.FINANCE_DESK, 4.1), new Agent("finn", DeskGroups.FINANCE_DESK, 4.6));

    /** How often each category comes up on an ordinary day, and in the shopping-season week. */
    private static final Map<Category, double[]> CATEGORY_WEIGHTS = Map.ofEntries(
            Map.entry(Category.PRODUCT_QUALITY, new double[] {18, 14}), Map.entry(Category.NOT_AS_DESCRIBED, new double[] {10, 8}),
            Map.entry(Category.COUNTERFEIT, new double[] {2, 2}), Map.entry(Category.DELIVERY_DELAY, new double[] {18, 40}),
            Map.entry(Category.PARCEL_LOST_OR_DAMAGED, new double[] {9, 14}), Map.entry(Category.WRONG_OR_MISSING_ITEM, new double[] {8, 10}),
            Map.entry(Category.PROMOTION_MISLEADING, new double[] {4, 16}), Map.entry(Category.PRICE_DISPUTE, new double[] {4, 12}),
            Map.entry(Category.SERVICE_ATTITUDE, new double[] {6, 6}), Map.entry(Category.REFUND_RETURN, new double[] {12, 14}),
            Map.entry(Category.PAYMENT, new double[] {5, 6}), Map.entry(Category.OTHER, new double[] {4, 3}));

    private static final Map<Category, String> TEXTS = Map.ofEntries(
            Map.entry(Category.PRODUCT_QUALITY, "The %s stopped working after a few days."),
            Map.entry(Category.NOT_AS_DESCRIBED, "The %s is a different colour and material than the listing showed."),
            Map.entry(Category.COUNTERFEIT, "The %s looks fake: no serial number, poor printing on the box."),
            Map.entry(Category.DELIVERY_DELAY, "My %s has not moved in tracking for five days."),
            Map.entry(Category.PARCEL_LOST_OR_DAMAGED, "The box arrived crushed and the %s inside is broken."),
            Map.entry(Category.WRONG_OR_MISSING_ITEM, "I ordered a %s but received something else."),
            Map.entry(Category.PROMOTION_MISLEADING, "The discount on the %s was not applied at checkout."),
            Map.entry(Category.PRICE_DISPUTE, "The price of the %s was raised just before the sale started."),
            Map.entry(Category.SERVICE_ATTITUDE, "The shop's service was rude when I asked about my %s."),
            Map.entry(Category.REFUND_RETURN, "The refund for the returned %s has not arrived after two weeks."),
            Map.entry(Category.PAYMENT, "I was charged twice for the %s."),
            Map.entry(Category.OTHER, "I have a question about my %s order."));

    private static final List<String> PRODUCTS = List.of("electric kettle", "rice cooker", "wool coat", "running shoes",
            "phone charger", "face cream", "baby stroller", "bluetooth speaker", "desk lamp", "tea set");

    private final Random random;

    DemoWorld(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The funnel of a past case: the offer a little after it was taken, the agreement (or final ruling) an hour
     * before it ended, the remedy carried out half an hour before; a withdrawn case got only its offer.
     */
    private static CaseRecord.Milestones milestones(Complaint c, Instant taken, Instant ended) {
        long offer = Duration.between(c.getReceivedAt(), taken).toMinutes() + 30;
        if (c.getOutcome() == Outcome.WITHDRAWN) {
            return new CaseRecord.Milestones(offer, null, null);
        }
        long end = Duration.between(c.getReceivedAt(), ended).toMinutes();
        return new CaseRecord.Milestones(Math.min(offer, end), Math.max(0, end - 60), Math.max(0, end - 30));
    }

    /** One case received at {@code receivedAt}, ended before {@code now}; {@code season} in the shopping-season week. */
    PastCase endedCase(int number, Instant receivedAt, boolean season, Instant now) {
        Category category = pick(CATEGORY_WEIGHTS.keySet().stream().sorted().toList(),
                c -> CATEGORY_WEIGHTS.get(c)[season ? 1 : 0]);
        Party merchant = pick(MERCHANTS, m -> m.share() * (merchantsFault(category) ? m.badness() : 1.0));
        Party courier = pick(COURIERS, c -> c.share() * (couriersFault(category) ? c.badness() : 1.0));
        String desk = deskOf(category);
        List<Agent> deskAgents = AGENTS.stream().filter(a -> a.desk().equals(desk)).toList();
        Agent agent = deskAgents.get(random.nextInt(deskAgents.size()));
        String product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
        BigDecimal paid = BigDecimal.valueOf(20 + random.nextInt(980)).setScale(2, RoundingMode.UNNECESSARY);
        String no = "CP-%d-H%05d".formatted(receivedAt.atZone(ZoneOffset.UTC).getYear(), number);

        Complaint c = new Complaint(no, Channel.values()[random.nextInt(Channel.values().length)],
                "demo-history-" + number, "demo-history",
                new Customer("C-H%04d".formatted(random.nextInt(6000)), "Demo customer", null, null, CustomerLocale.ZH_CN,
                        random.nextInt(20) == 0),
                new OrderDetails("O-H%06d".formatted(number), merchant.id(), merchant.name(), product, paid, "CNY",
                        courier.id(), "T%010d".formatted(random.nextInt(1_000_000_000)), receivedAt.minus(Duration.ofDays(3))),
                category, TEXTS.get(category).formatted(product), EnumSet.of(Demand.REFUND), receivedAt.minus(Duration.ofDays(1)),
                receivedAt);
        c.classified(category, ClassificationSource.CLASSIFIER, 0.8 + random.nextDouble() * 0.2, false);
        c.opened(random.nextInt(10) == 0 ? Severity.HIGH : Severity.MEDIUM, 50, desk, merchantsFault(category));
        // the season's load makes everything slower
        double slowness = season ? 2.5 : 1.0;
        Instant taken = min(receivedAt.plus(minutes(10 + random.nextInt(600) * slowness)), now.minusSeconds(120));
        c.taken(agent.id(), desk, taken);
        if (Duration.between(receivedAt, taken).toHours() >= 8) {
            c.escalated(80);
        }
        Instant ended = max(min(taken.plus(minutes((60 + random.nextInt(4 * 24 * 60)) * slowness)), now.minusSeconds(60)),
                taken.plusSeconds(30));
        ResponsibleParty responsible = merchantsFault(category) ? ResponsibleParty.MERCHANT
                : couriersFault(category) ? ResponsibleParty.COURIER : ResponsibleParty.PLATFORM;
        c.investigated(responsible);
        int outcome = random.nextInt(100);
        Integer score = null;
        if (outcome < 5) {
            c.withdrawn(ended);
        } else {
            RemedyKind remedy = category == Category.SERVICE_ATTITUDE ? RemedyKind.APOLOGY : RemedyKind.REFUND_FULL;
            BigDecimal amount = remedy == RemedyKind.APOLOGY ? null : paid;
            if (outcome < 12) {
                c.evidencePeriodOpened();
                c.rulingFinal(remedy, amount, responsible, ended.minus(Duration.ofHours(1)));
                c.closed(Outcome.RULED, ended);
            } else {
                c.agreed(remedy, amount, ended.minus(Duration.ofHours(1)));
                c.closed(outcome < 22 ? Outcome.NO_FEEDBACK : Outcome.RESOLVED, ended);
            }
            if (c.getOutcome() != Outcome.NO_FEEDBACK && random.nextInt(10) < 7) {
                double mean = agent.satisfaction() - (season ? 0.4 : 0.0);
                score = (int) Math.max(1, Math.min(5, Math.round(mean + random.nextGaussian() * 0.8)));
            }
        }
        BigDecimal refunded = c.getRemedy() == RemedyKind.REFUND_FULL ? paid : BigDecimal.ZERO;
        return new PastCase(c, c.getOutcome() == Outcome.RULED ? 2 : 1, refunded, score, score == null ? null : score >= 3,
                milestones(c, taken, ended));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private static boolean merchantsFault(Category category) {
        return switch (category) {
            case PRODUCT_QUALITY, NOT_AS_DESCRIBED, COUNTERFEIT, PROMOTION_MISLEADING, PRICE_DISPUTE, SERVICE_ATTITUDE -> true;
            default -> false;
        };
    }

    private static boolean couriersFault(Category category) {
        return category == Category.DELIVERY_DELAY || category == Category.PARCEL_LOST_OR_DAMAGED;
    }

    private static String deskOf(Category category) {
        return switch (category) {
            case PRODUCT_QUALITY, NOT_AS_DESCRIBED, COUNTERFEIT -> DeskGroups.QUALITY_DESK;
            case DELIVERY_DELAY, PARCEL_LOST_OR_DAMAGED, WRONG_OR_MISSING_ITEM -> DeskGroups.LOGISTICS_DESK;
            case REFUND_RETURN, PAYMENT -> DeskGroups.FINANCE_DESK;
            default -> DeskGroups.SERVICE_DESK;
        };
    }

    private <T> T pick(List<T> items, ToDoubleFunction<T> weight) {
        double total = items.stream().mapToDouble(weight).sum();
        double point = random.nextDouble() * total;
        for (T item : items) {
            point -= weight.applyAsDouble(item);
            if (point < 0) {
                return item;
            }
        }
        return items.get(items.size() - 1);
    }

    private static Duration minutes(double minutes) {
        return Duration.ofMinutes(Math.round(minutes));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
