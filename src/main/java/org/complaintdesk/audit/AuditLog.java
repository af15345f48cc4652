package org.complaintdesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.complaintdesk.complaint.AuditedAct;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.CaseStepRecorded;
import org.complaintdesk.complaint.Complaint;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the desk's audit log, in the transaction of the act: every step of a case timeline (with the complaint
 * as received for {@code RECEIVED}), every message queued for sending and every completed user task (announced as
 * {@link AuditedAct}). A record is inserted unsealed: appending never waits for the chain, {@link AuditChain} seals
 * records later in the order it finds them.
 */
@Service
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param content  facts of the act (codes, ids, amounts), kept unchanged for ever
     * @param personal what it says about people (names, addresses, free text); erasure replaces it, its salted digest
     *                 stays in the chain
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String complaintNo, String kind, String actor, Map<String, Object> content,
                       Map<String, Object> personal) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what both databases keep of a time
        String personalJson = personal == null || personal.isEmpty() ? null : AuditDigests.json(personal);
        String salt = AuditDigests.salt();
        jdbc.update("""
                insert into audit_record (complaint_no, recorded_at, kind, actor, content, personal, personal_salt,
                                          personal_digest)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                complaintNo, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), kind, actor == null ? "system" : actor,
                AuditDigests.json(content == null ? Map.of() : content), personalJson, salt,
                AuditDigests.personalDigest(salt, personalJson));
    }

    @EventListener
    void onAct(AuditedAct act) {
        append(act.complaintNo(), act.kind(), act.actor(), act.content(), act.personal());
    }

    @EventListener
    void onStep(CaseStepRecorded recorded) {
        Complaint complaint = recorded.complaint();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("step", recorded.step().name());
        content.put("status", String.valueOf(complaint.getStatus()));
        Map<String, Object> personal = new LinkedHashMap<>();
        if (recorded.detail() != null) {
            personal.put("detail", recorded.detail()); // free text: it may quote the customer
        }
        if (recorded.step() == CaseStep.RECEIVED) {
            received(complaint, content, personal);
        }
        append(complaint.getComplaintNo(), recorded.step().name(), recorded.actor(), content, personal);
    }

    /** The complaint as the channel sent it: facts in the content, the customer's words and contacts apart. */
    private static void received(Complaint complaint, Map<String, Object> content, Map<String, Object> personal) {
        content.put("channel", complaint.getChannel().name());
        content.put("externalId", complaint.getExternalId());
        content.put("customerId", complaint.getCustomer().getId());
        content.put("vip", complaint.getCustomer().isVip());
        content.put("demands", complaint.getDemands().stream().map(Enum::name).sorted().toList());
        if (complaint.getCategoryHint() != null) {
            content.put("categoryHint", complaint.getCategoryHint().name());
        }
        if (complaint.hasOrder()) {
            content.put("orderNo", complaint.getOrder().getOrderNo());
            content.put("merchantId", complaint.getOrder().getMerchantId());
            content.put("amountPaid", String.valueOf(complaint.getOrder().getAmountPaid()));
            content.put("currency", complaint.getOrder().getCurrency());
        }
        personal.put("customerName", complaint.getCustomer().getName());
        personal.put("customerEmail", complaint.getCustomer().getEmail());
        personal.put("customerPhone", complaint.getCustomer().getPhone());
        personal.put("description", complaint.getDescription());
    }
}
