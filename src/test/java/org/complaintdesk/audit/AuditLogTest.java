package org.complaintdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk's audit log: acts of a case recorded with who did them, sealed into a hash chain that {@code GET
 * /api/audit/verify} walks. Tampering is tried inside a transaction that is rolled back, so the chain stays intact
 * for every other test.
 */
@DeskTest
class AuditLogTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    /** A case with an intake, a task completion, messages out and an answer from the customer; all sealed. */
    private String auditedCase() {
        Filed filed = riceCookerComplaint("Wu Fang", "wu.fang@example.com", "en");
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        assertThat(customer.answerOffer(false).status()).isEqualTo(200);
        chain.sealPending();
        return filed.complaintNo();
    }

    @Test
    void actsOfACase_areRecordedWithWhoDidThem_andTheSealedChainVerifies() {
        String complaintNo = auditedCase();

        List<Map<String, Object>> records = jdbc.queryForList("select kind, actor, content, personal, hash "
                + "from audit_record where complaint_no = ? order by chain_seq", complaintNo);
        assertThat(records).extracting(r -> r.get("kind")).contains("RECEIVED", "CLASSIFIED", "TASK_COMPLETED",
                "OFFER_SENT", "MESSAGE_QUEUED", "OFFER_REJECTED");
        assertThat(records).allSatisfy(r -> assertThat(r.get("hash")).isNotNull());
        Map<String, Object> received = records.stream().filter(r -> r.get("kind").equals("RECEIVED")).findFirst()
                .orElseThrow();
        assertThat((String) received.get("content")).contains("\"channel\":\"APP_FORM\"").doesNotContain("Wu Fang");
        assertThat((String) received.get("personal")).contains("Wu Fang", "wu.fang@example.com");
        Map<String, Object> task = records.stream().filter(r -> r.get("kind").equals("TASK_COMPLETED")).findFirst()
                .orElseThrow();
        assertThat(task.get("actor")).isEqualTo("quinn");
        assertThat((String) task.get("content")).contains("UserTask_InvestigateComplaint");
        assertThat((String) task.get("personal")).contains("Checked with the merchant");
        assertThat(records.stream().filter(r -> r.get("kind").equals("OFFER_REJECTED")).findFirst().orElseThrow()
                .get("actor")).isEqualTo("customer");

        JsonNode verified = desk.get("/api/audit/verify", "audrey").json();
        assertThat(verified.get("status").asText()).isEqualTo("OK");
        assertThat(verified.get("records").asLong()).isGreaterThanOrEqualTo(records.size());
        assertThat(verified.get("pending").asLong()).isZero();
        assertThat(verified.get("latestHash").asText()).isEqualTo(jdbc.queryForObject(
                "select last_hash from audit_chain_head", String.class));
    }

    @Test
    void aRecordAppendedAfterSealing_isPendingUntilTheNextRound() {
        String complaintNo = auditedCase();
        Filed another = riceCookerComplaint("Wu Fang", "wu.fang@example.com", "en");

        AuditVerification before = chain.verify();
        assertThat(before.status()).isEqualTo("OK");
        assertThat(before.pending()).isPositive();
        assertThat(chain.sealPending()).isEqualTo((int) before.pending());
        AuditVerification after = chain.verify();
        assertThat(after.status()).isEqualTo("OK");
        assertThat(after.pending()).isZero();
        assertThat(after.records()).isEqualTo(before.records() + before.pending());
        assertThat(jdbc.queryForObject("select min(chain_seq) from audit_record where complaint_no = ?", Long.class,
                another.complaintNo())).isGreaterThan(jdbc.queryForObject(
                "select max(chain_seq) from audit_record where complaint_no = ?", Long.class, complaintNo));
    }

    @Test
    void aRowAlteredInTheDatabase_isNamedByVerify() {
        String complaintNo = auditedCase();
        Map<String, Object> record = record(complaintNo, "OFFER_REJECTED");

        AuditVerification verified = tampered(() -> jdbc.update("update audit_record set actor = 'quinn' where id = ?",
                record.get("id")));

        assertThat(verified.status()).isEqualTo("BROKEN");
        assertThat(verified.firstMismatch().id()).isEqualTo(((Number) record.get("id")).longValue());
        assertThat(verified.firstMismatch().chainSeq()).isEqualTo(((Number) record.get("chain_seq")).longValue());
        assertThat(verified.firstMismatch().problem()).isEqualTo("ALTERED");
        assertThat(verified.latestHash()).isNull();
        assertThat(chain.verify().status()).isEqualTo("OK");
    }

    @Test
    void personalDataAlteredInTheDatabase_isNamedByVerify() {
        String complaintNo = auditedCase();
        Map<String, Object> record = record(complaintNo, "RECEIVED");

        AuditVerification verified = tampered(() -> jdbc.update(
                "update audit_record set personal = replace(personal, 'Wu Fang', 'Someone Else') where id = ?",
                record.get("id")));

        assertThat(verified.firstMismatch().id()).isEqualTo(((Number) record.get("id")).longValue());
        assertThat(verified.firstMismatch().problem()).isEqualTo("PERSONAL_DATA_ALTERED");
    }

    @Test
    void aRowDeletedFromTheDatabase_isNamedByVerify() {
        String complaintNo = auditedCase();
        Map<String, Object> record = record(complaintNo, "TASK_COMPLETED");
        long seq = ((Number) record.get("chain_seq")).longValue();

        AuditVerification verified = tampered(() -> jdbc.update("delete from audit_record where id = ?",
                record.get("id")));

        assertThat(verified.status()).isEqualTo("BROKEN");
        assertThat(verified.firstMismatch().chainSeq()).isEqualTo(seq + 1);
        assertThat(verified.firstMismatch().problem()).isEqualTo("MISSING_PREDECESSOR");
        assertThat(verified.firstMismatch().detail()).contains("records " + seq + " of the chain are missing");
    }

    @Test
    void theLatestRecordsDeleted_areNamedByVerify() {
        auditedCase();
        long last = jdbc.queryForObject("select last_seq from audit_chain_head", Long.class);

        AuditVerification verified = tampered(() -> jdbc.update("delete from audit_record where chain_seq = ?", last));

        assertThat(verified.firstMismatch().chainSeq()).isEqualTo(last);
        assertThat(verified.firstMismatch().problem()).isEqualTo("MISSING_AT_END");
    }

    @Test
    void onlyAuditorsSupervisorsAndAdministrators_verify() {
        assertThat(desk.get("/api/audit/verify", "audrey").status()).isEqualTo(200);
        assertThat(desk.get("/api/audit/verify", "sofia").status()).isEqualTo(200);
        assertThat(desk.get("/api/audit/verify", "demo").status()).isEqualTo(200);
        for (String refused : List.of("sam", "quinn", "arthur", "mia", "gateway", "payments")) {
            DeskClient.Response response = desk.get("/api/audit/verify", refused);
            assertThat(response.status()).as(refused).isEqualTo(403);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(desk.get("/api/audit/verify", null).status()).isEqualTo(401);
    }

    private Map<String, Object> record(String complaintNo, String kind) {
        return jdbc.queryForList("select id, chain_seq from audit_record where complaint_no = ? and kind = ? "
                + "order by chain_seq", complaintNo, kind).get(0);
    }

    /** Verifies the chain with the tampering done, then rolls the tampering back. */
    private AuditVerification tampered(Runnable tampering) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            tampering.run();
            status.setRollbackOnly();
            return chain.verify();
        });
    }
}
