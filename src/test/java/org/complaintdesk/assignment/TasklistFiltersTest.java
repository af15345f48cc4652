package org.complaintdesk.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each group sees its own shared filters in Tasklist, sorted by priority then due date, with case columns. */
@DeskTest
class TasklistFiltersTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Test
    void eachDeskSeesItsOwnFilters() {
        assertThat(names("sam")).containsExactlyInAnyOrder("Service desk — open complaints", "Service desk — overdue");
        assertThat(names("lena")).containsExactlyInAnyOrder("Logistics desk — open complaints", "Logistics desk — overdue");
        assertThat(names("tara")).contains("Triage — open complaints");
    }

    @Test
    void supervisorsSeeEscalatedAndOverdueOfAllDesks() {
        assertThat(names("sofia")).contains("Escalated complaints", "Overdue — all desks",
                "Quality desk — open complaints", "Finance desk — overdue");
    }

    @Test
    void filtersSortByPriorityThenDueDate_andShowTheCaseColumns() {
        JsonNode filter = filters("quinn").get(0);

        JsonNode sorting = filter.get("query").get("sorting");
        assertThat(sorting.get(0).get("sortBy").asText()).isEqualTo("priority");
        assertThat(sorting.get(0).get("sortOrder").asText()).isEqualTo("desc");
        assertThat(sorting.get(1).get("sortBy").asText()).isEqualTo("dueDate");
        List<String> columns = new ArrayList<>();
        filter.get("properties").get("variables").forEach(v -> columns.add(v.get("name").asText()));
        assertThat(columns).containsExactly("categoryLabel", "customerVipLabel", "complaintNo", "resolutionDueText",
                "priority", "severityLabel", "customerName");
        List<String> labels = new ArrayList<>();
        filter.get("properties").get("variables").forEach(v -> labels.add(v.get("label").asText()));
        assertThat(labels).containsExactly("Category", "VIP", "Complaint", "Deadline", "Priority", "Severity", "Customer");
        assertThat(filter.get("query").get("includeAssignedTasks").asBoolean()).isTrue();
    }

    @Test
    void taskListOfADesk_showsDeadlinePriorityVipAndCategoryInWords() {
        DeskClient desk = new DeskClient(port);
        String complaintNo = desk.postJson("/api/complaints", "gateway", Requests.complaint(Requests.uniqueId(),
                "SERVICE_ATTITUDE", "The agent hung up on me.").replace("\"vip\": false", "\"vip\": true"))
                .json().get("complaintNo").asText();
        var pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintNo).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
        String filterId = null;
        for (JsonNode filter : filters("sam")) {
            if (filter.get("name").asText().equals("Service desk — open complaints")) {
                filterId = filter.get("id").asText();
            }
        }

        JsonNode list = desk.send(desk.request("/engine-rest/filter/" + filterId + "/list?maxResults=1000", "sam")
                .header("Accept", "application/hal+json").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build()).json();

        List<String> shown = new ArrayList<>();
        for (JsonNode task : list.get("_embedded").get("task")) {
            if (task.get("processInstanceId").asText().equals(pi.getId())) {
                task.get("_embedded").get("variable").forEach(v -> shown.add(v.get("name").asText() + "=" + v.get("value").asText()));
            }
        }
        Object priority = runtimeService.getVariable(pi.getId(), "priority");
        Object deadline = runtimeService.getVariable(pi.getId(), "resolutionDueText");
        assertThat(deadline.toString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(.+\\)");
        assertThat(shown).contains("complaintNo=" + complaintNo, "categoryLabel=Service attitude", "customerVipLabel=VIP",
                "priority=" + priority, "resolutionDue" + "Text=" + deadline, "customerName=Li Wei");
    }

    private JsonNode filters(String user) {
        return new DeskClient(port).get("/engine-rest/filter?resourceType=Task&maxResults=100", user).json();
    }

    private List<String> names(String user) {
        List<String> names = new ArrayList<>();
        filters(user).forEach(f -> names.add(f.get("name").asText()));
        return names;
    }
}
