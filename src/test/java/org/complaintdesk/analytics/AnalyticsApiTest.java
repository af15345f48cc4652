package org.complaintdesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every analytics figure against values computed by hand from {@link AnalyticsFixture} (period 1–10 March 2001,
 * previous period 19–28 February); empty periods and divisions by zero; CSV; who may ask.
 */
@DeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsApiTest {

    static final String MARCH = "from=2001-03-01&to=2001-03-10";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AnalyticsFixture data;
    DeskClient desk;

    @BeforeAll
    void writeData() {
        data = new AnalyticsFixture(jdbc).write();
    }

    @AfterAll
    void removeData() {
        data.remove();
    }

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    private JsonNode get(String path) {
        Response response = desk.get(path, "sofia");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String march() {
        return MARCH + "&merchant=" + data.merchant;
    }

    private static void figure(JsonNode summary, String name, double current, double previous) {
        assertThat(summary.get(name).get("current").asDouble()).as(name + " current").isCloseTo(current, within(1e-9));
        assertThat(summary.get(name).get("previous").asDouble()).as(name + " previous").isCloseTo(previous, within(1e-9));
    }

    @Test
    void summary_computesEveryFigureOfThePeriodAndThePreviousOne() {
        JsonNode s = get("/api/analytics/summary?" + march());

        assertThat(s.get("period").toString()).isEqualTo("{\"from\":\"2001-03-01\",\"to\":\"2001-03-10\",\"days\":10}");
        assertThat(s.get("previousPeriod").toString())
                .isEqualTo("{\"from\":\"2001-02-19\",\"to\":\"2001-02-28\",\"days\":10}");
        assertThat(s.get("filters").get("merchant").asText()).isEqualTo(data.merchant);
        figure(s, "received", 4, 3);                      // A B D F | C E G
        figure(s, "closed", 4, 1);                        // A B C D | E
        figure(s, "firstResponseWithinDeadline", 2.0 / 3, 1);
        figure(s, "firstResponseWithin24Hours", 2.0 / 3, 1);
        figure(s, "firstResponseMinutesMedian", 100, 10); // 30 100 2000
        figure(s, "firstResponseMinutesP90", 1620, 10);   // 100 + 0.8 * 1900
        figure(s, "resolutionMinutesMedian", 2000, 50);   // 200 1000 3000 5000
        figure(s, "resolutionMinutesP90", 4400, 50);      // 3000 + 0.7 * 2000
        figure(s, "reopenRate", 0.25, 0);
        figure(s, "escalationRate", 0.25, 0);
        figure(s, "arbitrationRate", 0.25, 0);
        figure(s, "withdrawalRate", 0.25, 0);
        assertThat(s.get("refundsPaid").get("current").decimalValue()).isEqualByComparingTo("35.50");
        assertThat(s.get("refundsPaid").get("previous").decimalValue()).isEqualByComparingTo("0");
        figure(s, "refundedCases", 2, 0);
        figure(s, "satisfactionAverage", 3.5, 4);
        figure(s, "satisfactionAnswers", 2, 1);
        assertThat(s.get("satisfactionDistribution").toString()).isEqualTo("[{\"score\":1,\"current\":0,\"previous\":0},"
                + "{\"score\":2,\"current\":1,\"previous\":0},{\"score\":3,\"current\":0,\"previous\":0},"
                + "{\"score\":4,\"current\":0,\"previous\":1},{\"score\":5,\"current\":1,\"previous\":0}]");
        figure(s, "openAtEnd", 2, 2);                     // F G | C G
        JsonNode backlog = s.get("backlog");
        assertThat(backlog.get("open").asLong()).isEqualTo(2);
        assertThat(backlog.get("byStage").toString())
                .isEqualTo("[{\"stage\":\"INVESTIGATE\",\"count\":1},{\"stage\":\"NEGOTIATE\",\"count\":1}]");
        assertThat(backlog.get("byAge").get(4).toString())
                .isEqualTo("{\"age\":\"14d+\",\"minDays\":14,\"maxDays\":null,\"count\":2}");
        assertThat(backlog.get("byAge").get(0).get("count").asLong()).isZero();
    }

    @Test
    void summary_countsUpToTheLastInstantOfThePeriodInTheDesksZone() {
        JsonNode s = get("/api/analytics/summary?" + MARCH);

        figure(s, "received", 5, 3);  // H came in at 23:59 on the last day
        figure(s, "closed", 4, 1);    // and closed at 00:00 the day after: not in the period
        figure(s, "openAtEnd", 3, 2); // so it was still open at its end
    }

    @Test
    void summary_ofAnEmptyPeriod_countsZeroAndLeavesRatesUnknown() {
        JsonNode s = get("/api/analytics/summary?from=1999-01-01&to=1999-01-31&merchant=" + data.merchant);

        for (String count : List.of("received", "closed", "refundedCases", "satisfactionAnswers", "openAtEnd")) {
            figure(s, count, 0, 0);
        }
        for (String rate : List.of("firstResponseWithinDeadline", "firstResponseWithin24Hours",
                "firstResponseMinutesMedian", "firstResponseMinutesP90", "resolutionMinutesMedian",
                "resolutionMinutesP90", "reopenRate", "escalationRate", "arbitrationRate", "withdrawalRate",
                "satisfactionAverage")) {
            assertThat(s.get(rate).get("current").isNull()).as(rate).isTrue();
            assertThat(s.get(rate).get("previous").isNull()).as(rate).isTrue();
        }
        assertThat(s.get("refundsPaid").get("current").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void summary_filtersByCategoryChannelCourierDeskAndAgent() {
        assertThat(get("/api/analytics/summary?" + march() + "&category=PRODUCT_QUALITY").get("closed")
                .get("current").asLong()).isEqualTo(2);
        assertThat(get("/api/analytics/summary?" + march() + "&channel=APP_FORM").get("closed")
                .get("current").asLong()).isEqualTo(2);
        assertThat(get("/api/analytics/summary?" + march() + "&courier=" + data.k1).get("received")
                .get("current").asLong()).isEqualTo(3);
        JsonNode quality = get("/api/analytics/summary?" + march() + "&desk=quality-desk&agent=quinn");
        figure(quality, "closed", 2, 0);
        figure(quality, "withdrawalRate", 0.5, 0);
        assertThat(quality.get("withdrawalRate").get("previous").isNull()).isTrue();
    }

    @Test
    void breakdownByCategory_countsReceivedAndClosedPerValue_mostFirst() throws IOException {
        JsonNode rows = get("/api/analytics/breakdown/category?" + march()).get("rows");

        assertThat(keys(rows)).containsExactly("DELIVERY_DELAY", "PRODUCT_QUALITY", "PARCEL_LOST_OR_DAMAGED");
        JsonNode quality = rows.get(1);
        assertThat(quality.get("received").asLong()).isEqualTo(1);      // D (C came in February)
        assertThat(quality.get("closed").asLong()).isEqualTo(2);        // C D
        assertThat(quality.get("firstResponseWithin24Hours").asDouble()).isEqualTo(1.0);
        assertThat(quality.get("resolutionMinutesMedian").asDouble()).isEqualTo(1600.0);
        assertThat(quality.get("arbitrationRate").asDouble()).isEqualTo(0.5);
        assertThat(quality.get("withdrawalRate").asDouble()).isEqualTo(0.5);
        assertThat(quality.get("refundsPaid").decimalValue()).isEqualByComparingTo("25.50");
        assertThat(quality.get("satisfactionAverage").isNull()).isTrue();
        assertThat(rows.get(0).get("received").asLong()).isEqualTo(2); // A F
    }

    @Test
    void breakdowns_byEveryDimension() {
        assertThat(keys(get("/api/analytics/breakdown/channel?" + march()).get("rows")))
                .containsExactly("APP_FORM", "WEB_FORM");
        assertThat(keys(get("/api/analytics/breakdown/merchant?" + MARCH).get("rows")))
                .containsExactly(data.merchant, data.otherMerchant);
        JsonNode couriers = get("/api/analytics/breakdown/courier?" + march()).get("rows");
        assertThat(keys(couriers)).containsExactly(data.k1, null, data.k2);
        assertThat(couriers.get(1).get("received").asLong()).isEqualTo(1); // D has no courier
        assertThat(keys(get("/api/analytics/breakdown/responsible-party?" + march()).get("rows")))
                .containsExactly("COURIER", null, "MERCHANT"); // D F have none yet; MERCHANT only closed (C)
        JsonNode desks = get("/api/analytics/breakdown/desk?" + march()).get("rows");
        assertThat(keys(desks)).containsExactly("logistics-desk", "quality-desk");
        assertThat(desks.get(0).get("received").asLong()).isEqualTo(3);
        assertThat(keys(get("/api/analytics/breakdown/agent?" + march()).get("rows")))
                .containsExactly("lena", "quinn", null); // quinn: D received, C D closed; F untaken
    }

    @Test
    void breakdownByHourAndDay_inTheDesksZone_everyHourAndDayListed() {
        JsonNode hours = get("/api/analytics/breakdown/hour?" + march()).get("rows");
        assertThat(hours).hasSize(24);
        assertThat(hours.get(0).get("received").asLong()).isEqualTo(1);  // F 00:30
        assertThat(hours.get(9).get("closed").asLong()).isEqualTo(1);    // C came in 09:00
        assertThat(hours.get(10).get("received").asLong()).isEqualTo(1); // A
        assertThat(hours.get(14).get("received").asLong()).isEqualTo(1); // B
        assertThat(hours.get(23).get("received").asLong()).isEqualTo(1); // D 23:30
        assertThat(hours.get(12).get("received").asLong()).isZero();
        assertThat(hours.get(12).get("reopenRate").isNull()).isTrue();

        JsonNode days = get("/api/analytics/breakdown/day?" + march()).get("rows");
        assertThat(keys(days)).hasSize(10).startsWith("2001-03-01").endsWith("2001-03-10");
        assertThat(days.get(4).get("received").asLong()).isEqualTo(1);   // F on 5 March, local time
        assertThat(days.get(4).get("closed").asLong()).isEqualTo(1);     // C
        assertThat(days.get(9).get("closed").asLong()).isEqualTo(1);     // D 23:00 local
        assertThat(days.get(3).get("received").asLong()).isZero();
    }

    @Test
    void breakdownAsCsv_byFormatOrAcceptHeader_parsesBack() throws IOException {
        Response byFormat = desk.get("/api/analytics/breakdown/courier?format=csv&" + march(), "audrey");
        Response byAccept = desk.send(desk.request("/api/analytics/breakdown/courier?" + march(), "audrey")
                .header("Accept", "text/csv").GET().build());

        for (Response csv : List.of(byFormat, byAccept)) {
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition")).contains("breakdown-courier.csv");
            List<CSVRecord> records = parse(csv.body());
            assertThat(records).hasSize(3);
            assertThat(records.get(0).get("courier")).isEqualTo(data.k1);
            assertThat(records.get(0).get("received")).isEqualTo("3");
            assertThat(records.get(2).get("courier")).isEqualTo(data.k2); // "Fast, Cheap …" stays one cell
            assertThat(records.get(1).get("courier")).isEmpty();
        }
    }

    @Test
    void trend_countsReceivedPerDayAndCategory() throws IOException {
        JsonNode trend = get("/api/analytics/trend?" + march());

        assertThat(trend.get("days")).hasSize(10);
        assertThat(trend.get("series")).hasSize(12);
        JsonNode delay = series(trend, "DELIVERY_DELAY");
        assertThat(delay.get("counts").toString()).isEqualTo("[1,0,0,0,1,0,0,0,0,0]");
        assertThat(delay.get("total").asLong()).isEqualTo(2);
        assertThat(series(trend, "PRODUCT_QUALITY").get("counts").toString()).isEqualTo("[0,0,0,0,0,0,0,0,1,0]");
        assertThat(series(trend, "PAYMENT").get("total").asLong()).isZero();

        List<CSVRecord> csv = parse(desk.get("/api/analytics/trend?format=csv&" + march(), "sofia").body());
        assertThat(csv).hasSize(120);
        assertThat(csv.stream().filter(r -> r.get("day").equals("2001-03-05") && r.get("category")
                .equals("DELIVERY_DELAY")).findFirst().orElseThrow().get("received")).isEqualTo("1");
    }

    @Test
    void courierScorecard_ranksByComplaintsPerThousandShipments() throws IOException {
        Response upload = desk.post("/api/analytics/courier-volumes", "sofia", "text/csv",
                "courier,month,shipments\r\n" + data.k1 + ",2001-03,31000\r\n\"" + data.k2 + "\",2001-03,6200\r\n");
        assertThat(upload.status()).as(upload.body()).isEqualTo(200);

        JsonNode rows = get("/api/analytics/scorecards/couriers?" + march()).get("rows");

        assertThat(rows).hasSize(2);
        JsonNode first = rows.get(0);
        assertThat(first.get("courier").asText()).isEqualTo(data.k2);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("complaints").asLong()).isZero();
        assertThat(first.get("shipments").asLong()).isEqualTo(2000);        // 10 of 31 days
        assertThat(first.get("complaintsPerThousandShipments").asDouble()).isZero();
        assertThat(first.get("delayShare").isNull()).isTrue();              // no complaints: no share
        assertThat(first.get("courierResponsibleShare").asDouble()).isZero(); // C: the merchant was
        JsonNode second = rows.get(1);
        assertThat(second.get("courier").asText()).isEqualTo(data.k1);
        assertThat(second.get("rank").asInt()).isEqualTo(2);
        assertThat(second.get("complaints").asLong()).isEqualTo(3);         // A B F
        assertThat(second.get("shipments").asLong()).isEqualTo(10000);
        assertThat(second.get("complaintsPerThousandShipments").asDouble()).isCloseTo(0.3, within(1e-9));
        assertThat(second.get("delayShare").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(second.get("lostOrDamagedShare").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(second.get("courierResponsibleShare").asDouble()).isEqualTo(1.0);

        JsonNode february = get("/api/analytics/scorecards/couriers?from=2001-02-19&to=2001-03-10&merchant="
                + data.merchant).get("rows");
        assertThat(february.get(0).get("shipments").isNull()).as("no volume for February").isTrue();
    }

    @Test
    void merchantScorecard_sharesResponsibilityAndRulings() throws IOException {
        JsonNode rows = get("/api/analytics/scorecards/merchants?" + MARCH).get("rows");

        assertThat(keys(rows, "merchantId")).containsExactly(data.merchant, data.otherMerchant);
        JsonNode m = rows.get(0);
        assertThat(m.get("merchantName").asText()).isEqualTo("Shop " + data.merchant);
        assertThat(m.get("complaints").asLong()).isEqualTo(4);
        assertThat(m.get("complaintShare").asDouble()).isEqualTo(0.8);
        assertThat(m.get("closed").asLong()).isEqualTo(4);
        assertThat(m.get("responsibleShare").asDouble()).isCloseTo(1.0 / 3, within(1e-9)); // C of A B C
        assertThat(m.get("arbitrated").asLong()).isEqualTo(1);
        assertThat(m.get("rulingsForCustomer").asLong()).isEqualTo(1);
        assertThat(m.get("rulingsForMerchant").asLong()).isZero();
        JsonNode other = rows.get(1);
        assertThat(other.get("closed").asLong()).isZero();
        assertThat(other.get("responsibleShare").isNull()).isTrue();

        List<CSVRecord> csv = parse(desk.get("/api/analytics/scorecards/merchants?format=csv&" + MARCH, "sofia").body());
        assertThat(csv.get(0).get("complaintShare")).isEqualTo("0.8");
    }

    @Test
    void funnel_countsEachStepWithConversionAndMedianTime() throws IOException {
        JsonNode steps = get("/api/analytics/funnel?" + march()).get("steps");

        assertThat(keys(steps, "step")).containsExactly("RECEIVED", "FIRST_RESPONSE", "OFFER", "AGREED",
                "REMEDY_DONE", "SOLVED");
        long[] cases = {4, 3, 3, 3, 3, 2};
        double[] medians = {0, 100, 100, 900, 480, 700};
        for (int i = 0; i < cases.length; i++) {
            assertThat(steps.get(i).get("cases").asLong()).as("step " + i).isEqualTo(cases[i]);
            if (i > 0) {
                assertThat(steps.get(i).get("medianMinutesFromPrevious").asDouble()).as("step " + i)
                        .isEqualTo(medians[i]);
                assertThat(steps.get(i).get("conversion").asDouble()).isEqualTo((double) cases[i] / cases[i - 1]);
            }
        }
        assertThat(steps.get(0).get("conversion").isNull()).isTrue();
        assertThat(steps.get(5).get("conversionFromReceived").asDouble()).isEqualTo(0.5);

        JsonNode empty = get("/api/analytics/funnel?from=1999-01-01&to=1999-01-31&merchant=" + data.merchant);
        assertThat(empty.get("steps").get(1).get("conversion").isNull()).isTrue();
        assertThat(empty.get("steps").get(1).get("medianMinutesFromPrevious").isNull()).isTrue();
        assertThat(parse(desk.get("/api/analytics/funnel?format=csv&" + march(), "sofia").body())).hasSize(6);
    }

    @Test
    void volumeUpload_withBadRows_namesEveryOne_andStoresNothing() {
        String csv = "courier,month,shipments\n"
                + data.k1 + ",2001-03,31000\n"
                + ",2001-03,5\n"
                + "\"" + data.k2 + "\",2001-13,5\n"
                + "\"" + data.k2 + "\",2001-03,-1\n"
                + data.k1 + ",2001-03,7\n"
                + "\"" + data.k2 + "\",2001-04\n";

        Response refused = desk.post("/api/analytics/courier-volumes", "sofia", "text/csv", csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        List<String> errors = new ArrayList<>();
        refused.json().get("errors").forEach(e -> errors.add(e.get("field").asText() + ": " + e.get("message").asText()));
        assertThat(errors).containsExactly(
                "line 3: courier must be 1 to 100 characters of text",
                "line 4: month must be like 2026-11",
                "line 5: shipments must be a whole number from 0 to 1000000000",
                "line 6: repeats courier " + data.k1 + " and month 2001-03 of an earlier line",
                "line 7: must have 3 values, has 2");
        assertThat(jdbc.queryForObject("select count(*) from courier_volume where courier in (?, ?)", Long.class,
                data.k1, data.k2)).isZero();

        Response badHeader = desk.post("/api/analytics/courier-volumes", "sofia", "text/csv", "carrier,month,n\nX,2001-03,1\n");
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.json().get("errors").get(0).get("field").asText()).isEqualTo("line 1");
        assertThat(desk.post("/api/analytics/courier-volumes", "sofia", "text/csv", "courier,month,shipments\n")
                .status()).isEqualTo(400);
    }

    @Test
    void volumeUpload_again_replacesTheMonthsFigure() {
        String month = "courier,month,shipments\n" + data.k1 + ",2001-05,100\n";
        assertThat(desk.post("/api/analytics/courier-volumes", "sofia", "text/csv", month).json().toString())
                .isEqualTo("{\"stored\":1,\"replaced\":0}");

        Response again = desk.upload("/api/analytics/courier-volumes", "demo", null, "volumes.csv", "text/csv",
                ("courier,month,shipments\n" + data.k1 + ",2001-05,250\n").getBytes(), null);

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().toString()).isEqualTo("{\"stored\":1,\"replaced\":1}");
        assertThat(jdbc.queryForList("select shipments from courier_volume where courier = ? and month_start = ?",
                Long.class, data.k1, java.sql.Date.valueOf("2001-05-01"))).containsExactly(250L);
        jdbc.update("delete from courier_volume where courier = ? and month_start = ?", data.k1,
                java.sql.Date.valueOf("2001-05-01"));
    }

    @Test
    void badParameters_areRefusedNamingEachOne() {
        Response r = desk.get("/api/analytics/summary?from=2001-03-10&to=2001-03-01&category=NOPE&channel=FAX"
                + "&desk=warehouse&agent=" + "a".repeat(65), "sofia");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("from", "category", "channel", "desk", "agent");

        assertThat(desk.get("/api/analytics/summary?from=2001-01-01&to=2002-01-02", "sofia").status()).isEqualTo(400);
        assertThat(desk.get("/api/analytics/summary?from=yesterday", "sofia").status()).isEqualTo(400);
        assertThat(desk.get("/api/analytics/breakdown/weather?" + MARCH, "sofia").json().get("errors").get(0)
                .get("field").asText()).isEqualTo("dimension");
        assertThat(desk.get("/api/analytics/trend?format=xml", "sofia").status()).isEqualTo(400);
        assertThat(desk.get("/api/analytics/summary?merchant=%00", "sofia").status()).isEqualTo(400);
    }

    @Test
    void withoutDates_thePeriodIsTheLast30Days() {
        JsonNode period = get("/api/analytics/summary?merchant=" + data.merchant).get("period");

        assertThat(period.get("days").asInt()).isEqualTo(30);
    }

    @Test
    void onlySupervisorsAuditorsAndAdministratorsRead_onlySupervisorsAndAdministratorsUpload() {
        for (String reader : List.of("sofia", "audrey", "demo")) {
            assertThat(desk.get("/api/analytics/funnel?" + march(), reader).status()).as(reader).isEqualTo(200);
        }
        for (String refused : List.of("sam", "quinn", "arthur", "gateway", "mia")) {
            for (String path : List.of("/api/analytics/summary", "/api/analytics/breakdown/courier",
                    "/api/analytics/trend", "/api/analytics/scorecards/couriers", "/api/analytics/scorecards/merchants",
                    "/api/analytics/funnel")) {
                assertThat(desk.get(path, refused).status()).as(refused + " " + path).isEqualTo(403);
            }
        }
        assertThat(desk.get("/api/analytics/summary", null).status()).isEqualTo(401);
        String csv = "courier,month,shipments\n" + data.k1 + ",2001-06,1\n";
        for (String refused : List.of("audrey", "sam", "gateway", "mia")) {
            assertThat(desk.post("/api/analytics/courier-volumes", refused, "text/csv", csv).status()).as(refused)
                    .isEqualTo(403);
        }
        assertThat(desk.post("/api/analytics/courier-volumes", null, "text/csv", csv).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from courier_volume where courier = ? and month_start = ?",
                Long.class, data.k1, java.sql.Date.valueOf("2001-06-01"))).isZero();
    }

    private static List<String> keys(JsonNode rows) {
        return keys(rows, "key");
    }

    private static List<String> keys(JsonNode rows, String field) {
        return StreamSupport.stream(rows.spliterator(), false)
                .map(r -> r.get(field).isNull() ? null : r.get(field).asText()).toList();
    }

    private static JsonNode series(JsonNode trend, String category) {
        return StreamSupport.stream(trend.get("series").spliterator(), false)
                .filter(s -> s.get("category").asText().equals(category)).findFirst().orElseThrow();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        }
    }
}
