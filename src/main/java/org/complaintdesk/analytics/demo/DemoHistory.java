package org.complaintdesk.analytics.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.archive.PastCases;
import org.complaintdesk.archive.PastCases.PastCase;
import org.complaintdesk.intake.ComplaintIntake;
import org.complaintdesk.intake.IntakeRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills an empty desk with a past ({@code --complaint-desk.demo-history.enabled=true}), so the dashboard and the
 * case library show something on the first run: ended cases over the last {@code days} with the shopping-season
 * week of Double 11 (11 November) in it, written into the case library by {@link PastCases}, and a few dozen open
 * complaints filed through the intake like any channel's, most of them a fresh spike at one merchant. Only on a
 * database without complaints (a second start fills nothing) and deterministic: the same settings give the same
 * history. Runs under the start-up lock, so of several nodes only the first fills it.
 */
@Component
@ConditionalOnProperty(name = "complaint-desk.demo-history.enabled", havingValue = "true")
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final int BATCH = 500;
    private static final MonthDay DOUBLE_ELEVEN = MonthDay.of(11, 11);
    private static final String CHANNEL_CLIENT = "demo-history";

    private final DemoHistoryProperties settings;
    private final PastCases pastCases;
    private final ComplaintIntake intake;
    private final Clock clock;
    private final ZoneId zone;

    DemoHistory(DemoHistoryProperties settings, PastCases pastCases, ComplaintIntake intake, Clock clock,
                @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.settings = settings;
        this.pastCases = pastCases;
        this.intake = intake;
        this.clock = clock;
        this.zone = zone;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void fill() {
        if (!pastCases.libraryIsEmpty()) {
            log.info("Demo history: the database holds complaints already; nothing added");
            return;
        }
        Instant now = clock.instant();
        long started = System.nanoTime();
        DemoWorld world = new DemoWorld(settings.seed());
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusDays(settings.days() - 1L);
        LocalDate seasonStart = seasonStart(first, today);
        double[] weights = new double[settings.days()];
        double total = 0;
        for (int day = 0; day < weights.length; day++) {
            LocalDate date = first.plusDays(day);
            boolean season = inSeason(date, seasonStart);
            // busier at the start of the week, three times as busy in the season
            weights[day] = (season ? 3.0 : 1.0) * (date.getDayOfWeek().getValue() <= 2 ? 1.2 : 1.0);
            total += weights[day];
        }
        List<PastCase> batch = new ArrayList<>(BATCH);
        int number = 0;
        double due = 0;
        for (int day = 0; day < weights.length; day++) {
            LocalDate date = first.plusDays(day);
            due += settings.cases() * weights[day] / total;
            Instant dayStart = date.atStartOfDay(zone).toInstant();
            long daySeconds = Duration.between(dayStart, date.equals(today) ? now : dayStart.plus(Duration.ofDays(1)))
                    .getSeconds();
            while (number < Math.round(due) && daySeconds > 0) {
                Instant received = dayStart.plusSeconds(world.nextInt((int) daySeconds));
                batch.add(world.endedCase(++number, received, inSeason(date, seasonStart), now));
                if (batch.size() == BATCH) {
                    pastCases.record(batch);
                    batch.clear();
                }
            }
        }
        pastCases.record(batch);
        fileOpenComplaints(world);
        log.info("Demo history: {} ended cases since {} (shopping season from {}) and {} open complaints, in {} s",
                number, first, seasonStart, settings.openComplaints(), Duration.ofNanos(System.nanoTime() - started)
                        .toSeconds());
    }

    /** The week of the latest Double 11 that lies in the period, else a week three weeks ago. */
    private static LocalDate seasonStart(LocalDate first, LocalDate today) {
        LocalDate eleventh = DOUBLE_ELEVEN.atYear(today.getYear());
        if (eleventh.isAfter(today.minusDays(7))) {
            eleventh = eleventh.minusYears(1);
        }
        LocalDate start = eleventh.minusDays(3);
        return start.isBefore(first) ? today.minusDays(21) : start;
    }

    private static boolean inSeason(LocalDate date, LocalDate seasonStart) {
        return !date.isBefore(seasonStart) && date.isBefore(seasonStart.plusDays(7));
    }

    /** Complaints of today, through the intake: two in three about one merchant's faulty batch of lamps. */
    private void fileOpenComplaints(DemoWorld world) {
        for (int i = 1; i <= settings.openComplaints(); i++) {
            boolean batchFault = i % 3 != 0;
            String merchant = batchFault ? "M-110" : "M-77";
            String product = batchFault ? "Desk lamp" : "Electric kettle";
            intake.receive(new IntakeRequest("APP_FORM", "demo-open-%03d".formatted(i),
                    new IntakeRequest.CustomerData("C-O%03d".formatted(i), "Demo customer " + i,
                            "demo.customer%03d@example.com".formatted(i), null, "zh-CN", false),
                    new IntakeRequest.OrderData("O-O%05d".formatted(i), merchant, batchFault ? "Glow Lamps" : "Kitchen Star",
                            product, BigDecimal.valueOf(59 + world.nextInt(200)), "CNY", "ZTO Express",
                            "ZT%09d".formatted(i), null),
                    "PRODUCT_QUALITY", batchFault ? "The desk lamp flickers and the switch got hot after one evening."
                            : "The kettle leaks at the bottom after a week.", List.of("REFUND"), null), CHANNEL_CLIENT);
        }
    }
}
