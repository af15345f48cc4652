package org.complaintdesk.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a desk's database holds, read with plain SQL from outside the desk: for tests whose desks run elsewhere
 * (another JVM) or were killed. Every method answers a list of offending rows, empty when all is well, so that a
 * failure shows what went wrong.
 */
public final class DeskDatabase {

    /** Jobs the job executor would pick up now (due, retries left), whoever locked them. */
    private static final String DUE_JOBS = """
            select count(*) from ACT_RU_JOB where RETRIES_ > 0 and SUSPENSION_STATE_ = 1
              and (DUEDATE_ is null or DUEDATE_ <= current_timestamp)""";

    private final FreshDatabase database;

    public DeskDatabase(FreshDatabase database) {
        this.database = database;
    }

    /**
     * Waits until no job is due and no outgoing message is waiting, or the time is up; answers what is left.
     * Jobs locked by a node that was killed wait for their lock to expire: callers choose a short lock time.
     */
    public List<String> awaitQuiet(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        List<String> left;
        do {
            left = new ArrayList<>();
            long jobs = count(DUE_JOBS);
            long pending = count("select count(*) from outbox_message where status = 'PENDING'");
            if (jobs > 0) {
                left.add(jobs + " jobs due");
            }
            if (pending > 0) {
                left.add(pending + " outgoing messages pending");
            }
            if (left.isEmpty()) {
                return left;
            }
            DeskJvm.pause(Duration.ofMillis(500));
        } while (System.nanoTime() < deadline);
        return left;
    }

    /** Complaint number and message id of every complaint that is not exactly one row or not one process instance. */
    private List<String> complaintsNotOnceWithOneInstance() {
        return rows("""
                select c.complaint_no || ' ' || c.external_id || ': ' || count(distinct c.id) || ' rows, '
                       || count(distinct p.ID_) || ' process instances'
                from complaint c
                left join ACT_HI_PROCINST p on p.BUSINESS_KEY_ = c.complaint_no and p.PROC_DEF_KEY_ = 'complaint-handling'
                group by c.complaint_no, c.external_id
                having count(distinct c.id) <> 1 or count(distinct p.ID_) <> 1
                union all
                select external_id || ': ' || count(*) || ' complaints' from complaint group by channel, external_id
                having count(*) > 1""");
    }

    /** Complaints whose case was not opened: classification, grading, routing or case opening did not happen. */
    private List<String> complaintsNotOpened() {
        return rows("select complaint_no || ' at ' || stage from complaint where stage in ('RECEIVE', 'CLASSIFY', 'ASSIGN')");
    }

    /** Activities of the complaint process that ran more than once in one instance (a job executed twice with effect). */
    private List<String> activitiesRunTwice() {
        return rows("""
                select a.PROC_INST_ID_ || ' ' || a.ACT_ID_ || ': ' || count(*) from ACT_HI_ACTINST a
                join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_ and p.PROC_DEF_KEY_ = 'complaint-handling'
                where a.ACT_TYPE_ = 'serviceTask'
                group by a.PROC_INST_ID_, a.ACT_ID_ having count(*) > 1""");
    }

    /** Open incidents, and jobs out of retries. */
    private List<String> incidentsAndFailedJobs() {
        return rows("""
                select 'incident ' || INCIDENT_TYPE_ || ' at ' || coalesce(ACTIVITY_ID_, '?') || ': '
                       || coalesce(INCIDENT_MSG_, '') from ACT_RU_INCIDENT
                union all
                select 'job ' || ID_ || ' out of retries: ' || coalesce(EXCEPTION_MSG_, '') from ACT_RU_JOB
                where RETRIES_ = 0""");
    }

    /** Outgoing messages with an address that were not sent, with their status and last error. */
    private List<String> messagesNotSent() {
        return rows("""
                select id || ' ' || status || ': ' || coalesce(last_error, '') from outbox_message
                where status not in ('SENT', 'NO_ADDRESS')""");
    }

    /** The Message-ID each sent message went out with (see OutboxDispatcher), one per message. */
    public List<String> sentMessageIds() {
        return rows("select '<outbox-' || id || '@complaint-desk>' from outbox_message where status = 'SENT'");
    }

    /** Acknowledgements of receipt per complaint other than exactly one. */
    private List<String> acknowledgementsNotOnce() {
        return rows("""
                select c.complaint_no || ': ' || count(m.id) || ' acknowledgements' from complaint c
                left join outbox_message m on m.complaint_no = c.complaint_no and m.template = 'acknowledgement'
                group by c.complaint_no having count(m.id) <> 1""");
    }

    /**
     * Everything that must hold once a desk has done its work, whatever happened to its nodes: each complaint
     * exactly once with one process instance and its case opened, no service task run twice in an instance, no
     * incident or job out of retries, one acknowledgement per complaint, every message with an address sent.
     */
    public List<String> inconsistencies() {
        List<String> found = new ArrayList<>();
        complaintsNotOnceWithOneInstance().forEach(row -> found.add("not once with one instance: " + row));
        complaintsNotOpened().forEach(row -> found.add("case not opened: " + row));
        activitiesRunTwice().forEach(row -> found.add("run twice: " + row));
        incidentsAndFailedJobs().forEach(found::add);
        acknowledgementsNotOnce().forEach(row -> found.add("acknowledged not once: " + row));
        messagesNotSent().forEach(row -> found.add("not sent: " + row));
        return found;
    }

    /** Message id (external id) → complaint number of every complaint in the database. */
    public Map<String, String> complaintNosByMessageId() {
        return rows("select external_id || ' ' || complaint_no from complaint").stream().map(row -> row.split(" "))
                .collect(Collectors.toMap(row -> row[0], row -> row[1]));
    }

    public long complaints() {
        return count("select count(*) from complaint");
    }

    public long count(String sql) {
        List<String> values = rows(sql);
        return Long.parseLong(values.get(0));
    }

    public List<String> rows(String sql) {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
