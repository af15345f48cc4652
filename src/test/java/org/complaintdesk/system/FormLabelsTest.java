package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Task forms show codes as words in the staff's language, amounts with their currency and "—" for what the case
 * does not have — from variables of the task that no form field edits, so a summary never echoes what the agent
 * types, and that Tasklist reads with the task's form variables.
 */
@DeskTest
class FormLabelsTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    private static Map<String, Object> caseVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("category", "PARCEL_LOST_OR_DAMAGED");
        variables.put("channel", "HOTLINE");
        variables.put("severity", "HIGH");
        variables.put("desk", "logistics-desk");
        variables.put("demands", "EXCHANGE, REFUND");
        variables.put("amountPaid", 88.5);
        variables.put("currency", "CNY");
        variables.put("remedy", "REJECT");
        variables.put("responsibleParty", "COURIER");
        variables.put("ruling", "SPLIT");
        variables.put("merchantShare", 40);
        variables.put("remedyAmount", null);
        return variables;
    }

    private static Map<String, Object> labels(Locale locale, Map<String, Object> variables) {
        return new FormLabels(locale).of(variables::containsKey, variables::get);
    }

    @Test
    void everyCategoryHasWords_inEveryStaffLanguage_andAnUnknownCodeShowsAsItIs() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-CN"))) {
            FormLabels labels = new FormLabels(locale);
            for (org.complaintdesk.complaint.Category category : org.complaintdesk.complaint.Category.values()) {
                assertThat(labels.label("category", category.name())).as(category + " in " + locale)
                        .isNotEqualTo(category.name()).doesNotContain("_");
            }
            assertThat(labels.label("category", "NEW_CATEGORY")).isEqualTo("NEW_CATEGORY");
            assertThat(labels.label("vip", true)).isEqualTo("VIP");
            assertThat(labels.label("vip", false)).isEqualTo("\u2014");
        }
    }

    @Test
    void codesRead_asWordsInEnglish() {
        assertThat(labels(Locale.ENGLISH, caseVariables()))
                .containsEntry("categoryLabel", "Parcel lost or damaged")
                .containsEntry("channelLabel", "Hotline")
                .containsEntry("severityLabel", "High")
                .containsEntry("deskLabel", "Logistics desk")
                .containsEntry("demandsLabel", "Exchange, Refund")
                .containsEntry("remedyLabel", "Reject the complaint")
                .containsEntry("responsiblePartyLabel", "Courier")
                .containsEntry("rulingLabel", "Split responsibility")
                .containsEntry("amountPaidText", "88.50 CNY")
                .containsEntry("merchantShareText", "40 %")
                .containsEntry("remedyAmountText", "\u2014");
    }

    @Test
    void codesRead_asWordsInSimplifiedChinese() {
        assertThat(labels(Locale.forLanguageTag("zh-CN"), caseVariables()))
                .containsEntry("categoryLabel", "包裹丢失或破损")
                .containsEntry("channelLabel", "客服热线")
                .containsEntry("deskLabel", "物流组")
                .containsEntry("demandsLabel", "换货、退款")
                .containsEntry("remedyLabel", "驳回投诉")
                .containsEntry("rulingLabel", "双方分担责任");
    }

    @Test
    void whatTheCaseDoesNotHave_readsAsADash_andAnUnknownCodeAsItself() {
        Map<String, Object> early = new HashMap<>(Map.of("channel", "CARRIER_PIGEON", "demands", ""));
        early.put("category", null);

        Map<String, Object> shown = labels(Locale.ENGLISH, early);

        assertThat(shown).containsEntry("categoryLabel", "\u2014").containsEntry("severityLabel", "\u2014")
                .containsEntry("demandsLabel", "\u2014").containsEntry("amountPaidText", "\u2014")
                .containsEntry("channelLabel", "CARRIER_PIGEON")
                .doesNotContainKeys("remedyLabel", "rulingLabel", "merchantShareText", "rulingRationale");
    }

    @Test
    void aNewTask_carriesTheLabels_thatTasklistReadsWithItsFormVariables() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers and then goes dark."));
        String taskId = task(filed.pi()).getId();

        assertThat(taskService().getVariablesLocal(taskId)).containsEntry("categoryLabel", "Product quality")
                .containsEntry("channelLabel", "Web form").containsEntry("deskLabel", "Quality desk")
                .containsEntry("demandsLabel", "Refund").containsEntry("amountPaidText", "200.00 CNY")
                .containsKey("severityLabel");

        DeskClient.Response form = new DeskClient(port).get("/engine-rest/task/" + taskId + "/form-variables", "quinn");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().path("categoryLabel").path("value").asText()).isEqualTo("Product quality");
        assertThat(form.json().path("complaintNo").path("value").asText()).isEqualTo(filed.complaintNo());
    }

    @Test
    void claimingATask_writesAgainOnlyTheLabelsWhoseCaseChanged() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers and then goes dark."));
        String taskId = task(filed.pi()).getId();
        long written = labelUpdates(taskId);
        assertThat(written).as("the labels the task came up with").isGreaterThanOrEqualTo(6);

        as("quinn", () -> taskService().claim(taskId, "quinn"));
        assertThat(labelUpdates(taskId)).as("nothing changed: no history written again").isEqualTo(written);

        runtimeService().setVariable(filed.pi().getId(), "severity", "CRITICAL");
        as("quinn", () -> taskService().claim(taskId, null)); // gives it back
        as("quinn", () -> taskService().claim(taskId, "quinn"));
        assertThat(taskService().getVariableLocal(taskId, "severityLabel")).isEqualTo("Critical");
        assertThat(labelUpdates(taskId)).as("only the severity's label is written again").isEqualTo(written + 1);
    }

    /** The label variables' updates in the task's history, one per value written. */
    private static long labelUpdates(String taskId) {
        return historyService().createHistoricDetailQuery().taskId(taskId).variableUpdates().list().stream()
                .filter(d -> d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
                        && (u.getVariableName().endsWith("Label") || u.getVariableName().endsWith("Text")))
                .count();
    }
}
