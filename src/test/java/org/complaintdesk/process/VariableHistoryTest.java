package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.complaintdesk.intake.IntakeRequest;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a case writes to history. At history level FULL the engine writes a row for every value a step sets, the
 * value the variable already holds included, and the audit trail then shows "remedy: REFUND_PARTIAL →
 * REFUND_PARTIAL": a step sets only what it changes. (The arbitration path is checked in {@code ArbitrationTest}.)
 */
@DeskTest
class VariableHistoryTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Test
    void alongTheHappyPath_noStepWritesAValueTheVariableAlreadyHolds() {
        Filed filed = fileAndStart(new IntakeRequest("WEB_FORM", "web-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData("C-" + UUID.randomUUID(), "Zhou Min", "zhou@example.com", null, "en",
                        false),
                new IntakeRequest.OrderData("O-" + UUID.randomUUID(), "M-HIS-" + UUID.randomUUID(), "Gadget Shop",
                        "Smart watch", new BigDecimal("500.00"), "CNY", "Courier-H", "T1", null),
                "PRICE_DISPUTE", "The price went up the day before the sale.", List.of("REFUND"), null));
        closeWithPartialRefund(new DeskClient(port), filed);

        assertThat(historyService().createHistoricDetailQuery().processInstanceId(filed.pi().getId())
                .variableUpdates().count()).as("the case's variable history").isGreaterThan(100);
        assertThat(valuesWrittenAgainBySteps(filed.complaintNo()))
                .as("values a step wrote that the variable already held").isEmpty();
    }
}
