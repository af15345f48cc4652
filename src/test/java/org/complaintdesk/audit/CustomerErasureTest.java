package org.complaintdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.complaintdesk.intake.IntakeRequest;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Erasing a customer: their name, contacts and words leave every table of the database — the desk's, Camunda's
 * runtime and history, outbox, audit log — their evidence files are deleted, and the audit chain still verifies.
 */
@DeskTest
class CustomerErasureTest extends ProcessTestSupport {

    private static final Set<Integer> TEXT = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR, Types.NCLOB);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    @LocalServerPort
    int port;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    /** What the customer told the desk, each value distinctive so that a scan of the database finds every copy. */
    private record Person(String customerId, String mark, String name, String email, String phone) {

        static Person distinctive() {
            String mark = "q" + UUID.randomUUID().toString().substring(0, 8);
            String digits = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
            return new Person("C-" + UUID.randomUUID(), mark, "Xenia Quill " + mark, "xenia." + mark + "@example.net",
                    "+86 139 " + digits.substring(0, 4) + " " + digits.substring(4));
        }

        List<String> values() {
            return List.of(mark, name, email, phone);
        }
    }

    /** A dispute in its evidence period: messages, offers answered with comments, evidence with a note. */
    private Filed dispute(Person person) {
        Filed filed = fileAndStart(new IntakeRequest("APP_FORM", "app-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData(person.customerId(), person.name(), person.email(), person.phone(), "en",
                        false),
                new IntakeRequest.OrderData("O-" + UUID.randomUUID(), "M-77", "Kitchen Star", "Blender",
                        new BigDecimal("300.00"), "CNY", "SF Express", "SF9", null),
                "NOT_AS_DESCRIBED", "My blender " + person.mark() + " sparked; call me on " + person.phone() + ".",
                List.of("REFUND"), null));
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        assertThat(customer.post("/messages", "{\"text\": \"It smelled for hours, says " + person.name() + "\"}")
                .status()).isEqualTo(201);
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        assertThat(customer.post("/offer-response", "{\"accepted\": false, \"comment\": \"Not enough for "
                + person.mark() + "\"}").status()).isEqualTo(200);
        work(filed.pi(), Element.REVISE_OFFER, "quinn", Map.of("remedy", "COMPENSATION_COUPON", "remedyAmount", 20));
        assertThat(customer.post("/offer-response", "{\"accepted\": false, \"comment\": \"Still no, "
                + person.email() + "\"}").status()).isEqualTo(200);
        assertThat(desk.upload("/api/complaints/" + filed.complaintNo() + "/evidence", null, filed.token(), "chat.txt",
                "text/plain", ("Chat with the shop, " + person.name() + " " + person.mark()).getBytes(
                        StandardCharsets.UTF_8), "Chat log " + person.mark()).status()).isEqualTo(201);
        chain.sealPending();
        return filed;
    }

    @Test
    void erasedCustomer_isFoundInNoTableOfTheDatabase_andTheAuditChainStillVerifies() {
        Person person = Person.distinctive();
        Filed filed = dispute(person);
        assertThat(tablesHolding(person.values())).as("the scan finds the values before erasure")
                .anyMatch(hit -> hit.toLowerCase().startsWith("complaint.customer_name"))
                .anyMatch(hit -> hit.toLowerCase().startsWith("act_hi_"))
                .anyMatch(hit -> hit.toLowerCase().startsWith("audit_record."))
                .anyMatch(hit -> hit.toLowerCase().startsWith("outbox_message."))
                .anyMatch(hit -> hit.toLowerCase().startsWith("evidence_content."));

        DeskClient.Response erased = desk.post("/api/customers/" + person.customerId() + "/erase", "demo", null, "");

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("complaints").get(0).asText()).isEqualTo(filed.complaintNo());
        assertThat(erased.json().get("evidenceFilesDeleted").asInt()).isEqualTo(1);
        chain.sealPending();
        assertThat(tablesHolding(person.values())).isEmpty();
        assertThat(chain.verify().status()).isEqualTo("OK");
        // facts stay: the case, its offers, the evidence's metadata and hash, the audit records
        assertThat(jdbc.queryForObject("select count(*) from remedy_offer where complaint_id = (select id from "
                + "complaint where complaint_no = ?)", Integer.class, filed.complaintNo())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from evidence where complaint_id = (select id from complaint "
                + "where complaint_no = ?) and sha256 is not null", Integer.class, filed.complaintNo())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select customer_name from complaint where complaint_no = ?", String.class,
                filed.complaintNo())).startsWith("Erased customer ");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where complaint_no = ? and erased_at is null",
                Integer.class, filed.complaintNo())).isZero();
        // the case goes on: the staff read it as before, only without the customer's data
        JsonNode file = desk.get("/api/complaints/" + filed.complaintNo(), "quinn").json();
        assertThat(file.get("status").asText()).isEqualTo("EVIDENCE_PERIOD");
        assertThat(file.toString()).doesNotContain(person.mark());

        DeskClient.Response again = desk.post("/api/customers/" + person.customerId() + "/erase", "demo", null, "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("evidenceFilesDeleted").asInt()).isZero();
        assertThat(again.json().get("pseudonym").asText()).isEqualTo(erased.json().get("pseudonym").asText());
    }

    @Test
    void onlyAdministrators_erase_andARefusedErasureChangesNothing() {
        Person person = Person.distinctive();
        Filed filed = fileAndStart(complaint("SERVICE_ATTITUDE", "The agent was rude.", person.customerId(), false));

        for (String refused : List.of("sam", "sofia", "audrey", "mia", "gateway", "payments")) {
            DeskClient.Response response = desk.post("/api/customers/" + person.customerId() + "/erase", refused,
                    null, "");
            assertThat(response.status()).as(refused).isEqualTo(403);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(desk.post("/api/customers/" + person.customerId() + "/erase", null, null, "").status())
                .isEqualTo(401);

        assertThat(jdbc.queryForObject("select customer_name from complaint where complaint_no = ?", String.class,
                filed.complaintNo())).isEqualTo("Ana Lima");
    }

    @Test
    void unknownCustomer_is404_andABadId400() {
        DeskClient.Response unknown = desk.post("/api/customers/C-nobody-" + UUID.randomUUID() + "/erase", "demo",
                null, "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.json().get("type").asText()).endsWith("customer-not-found");

        DeskClient.Response tooLong = desk.post("/api/customers/" + "C".repeat(65) + "/erase", "demo", null, "");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("customerId");
    }

    /** Every column of every table (text and bytes) that holds one of the values, as {@code table.column}. */
    private List<String> tablesHolding(List<String> values) {
        return jdbc.execute((ConnectionCallback<List<String>>) connection -> scan(connection, values));
    }

    private List<String> scan(Connection connection, List<String> values) throws SQLException {
        List<String> hits = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                if (TEXT.contains(type) || BINARY.contains(type)) {
                    columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"),
                            TEXT.contains(type) ? "text" : "bytes"});
                }
            }
        }
        for (String[] column : columns) {
            String name = column[0] + "." + column[1];
            if (column[2].equals("text")) {
                for (String value : values) {
                    Integer count = jdbc.queryForObject("select count(*) from \"" + column[0] + "\" where \""
                            + column[1] + "\" like ?", Integer.class, "%" + value + "%");
                    if (count != null && count > 0) {
                        hits.add(name + " holds " + value);
                    }
                }
            } else {
                for (byte[] bytes : jdbc.queryForList("select \"" + column[1] + "\" from \"" + column[0] + "\" where \""
                        + column[1] + "\" is not null", byte[].class)) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    values.stream().filter(text::contains).forEach(value -> hits.add(name + " holds " + value));
                }
            }
        }
        return hits;
    }
}
