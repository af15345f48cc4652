package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda's history of a case is removed once the configured time to live has passed since the case ended, by the
 * engine's cleanup job in its nightly window; the desk's case library and audit log keep the case.
 */
@DeskTest
class HistoryRetentionTest extends ProcessTestSupport {

    /** {@code complaint-desk.history.time-to-live} in the desk's configuration: five years. */
    private static final int DAYS = 1825;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDefinitionOfTheDeskKeepsHistoryFiveYears_andTheCleanupJobWaitsForItsNightlyWindow() throws IOException {
        List<String> models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".bpmn") || f.endsWith(".dmn"))
                    .toList();
        }
        // as deployed at start; definitions other tests deploy later are theirs
        assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().list().stream()
                .filter(d -> models.stream().anyMatch(d.getResourceName()::endsWith)))
                .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(DAYS));
        assertThat(processEngine.getRepositoryService().createDecisionDefinitionQuery().list().stream()
                .filter(d -> models.stream().anyMatch(d.getResourceName()::endsWith)))
                .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(DAYS));
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P1825D");
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

        assertThat(processEngine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty().allSatisfy(job -> {
            LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
            assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
        });
    }

    @Test
    void historyOfACaseEndedLongerAgoThanItsTimeToLive_isCleanedUp_whileCaseLibraryAndAuditLogKeepIt() {
        Filed filed = fileAndStart(complaint("PRICE_DISPUTE", "The price went up the day before the sale."));
        closeWithPartialRefund(new DeskClient(port), filed);
        String root = filed.pi().getId();
        HistoricProcessInstance ended = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(root).singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        assertThat(ended.getRemovalTime()).isNotNull();
        assertThat(history(root)).isPositive();
        Map<String, Object> record = libraryRecord(filed.complaintNo());
        Integer auditRecords = jdbc.queryForObject("select count(*) from audit_record where complaint_no = ?",
                Integer.class, filed.complaintNo());

        // a night in the cleanup window, five years and a few days after the case ended
        ClockUtil.setCurrentTime(Date.from(LocalDate.now().plusDays(DAYS + 5).atTime(2, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
        processEngine.getHistoryService().cleanUpHistoryAsync(true);
        for (int round = 0; round < 50 && history(root) > 0; round++) {
            for (Job job : processEngine.getHistoryService().findHistoryCleanupJobs()) {
                processEngine.getManagementService().executeJob(job.getId());
            }
        }

        assertThat(history(root)).isZero();
        assertThat(libraryRecord(filed.complaintNo())).isEqualTo(record);
        assertThat(record.get("satisfaction_score")).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where complaint_no = ?", Integer.class,
                filed.complaintNo())).isEqualTo(auditRecords);
    }

    /** The case's history: its process instances (called ones too), activities, variables and decisions. */
    private long history(String root) {
        var history = processEngine.getHistoryService();
        return history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).count()
                + history.createHistoricActivityInstanceQuery().processInstanceId(root).count()
                + history.createHistoricVariableInstanceQuery().processInstanceId(root).count()
                + history.createHistoricDecisionInstanceQuery().processInstanceId(root).count();
    }

    private Map<String, Object> libraryRecord(String complaintNo) {
        return jdbc.queryForMap("select outcome, offers_made, refunded_amount, resolve_minutes, customer_wait_minutes, "
                + "first_response_minutes, satisfaction_score, solved from case_record where complaint_no = ?",
                complaintNo);
    }
}
