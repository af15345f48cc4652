package org.complaintdesk.assignment;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.system.DeskGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Shared Tasklist filters, created once at start-up and shown only to the groups they are for: per desk (and
 * for triage, arbitration and the warehouse) its open tasks and its overdue ones; for supervisors the
 * escalated and overdue complaints of all desks and the tasks waiting for them (appeals, escalations). Sorted by
 * priority, then due date; each task shows the columns of {@link #COLUMNS}: words the desk sets on every task
 * when it appears ({@code system.FormLabels}), never codes.
 * Existing filters (by name) are left alone, so an administrator's edits survive restarts; only a filter that
 * still shows the columns an earlier version gave it gets the current ones.
 */
@Component
@ConditionalOnProperty(name = "complaint-desk.identity.create-groups", havingValue = "true", matchIfMissing = true)
class TasklistFilters {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    private static final Map<String, String> DESK_NAMES = Map.of(
            DeskGroups.SERVICE_DESK, "Service desk",
            DeskGroups.LOGISTICS_DESK, "Logistics desk",
            DeskGroups.QUALITY_DESK, "Quality desk",
            DeskGroups.FINANCE_DESK, "Finance desk",
            DeskGroups.TRIAGE, "Triage",
            DeskGroups.ARBITRATORS, "Arbitration",
            DeskGroups.WAREHOUSE, "Warehouse");

    /**
     * What each task of the list shows, besides the task's own due date and priority that every card has: what an
     * agent sorts their work by — the category in words and VIP, which a card shows without expanding it — then the
     * complaint, its deadline in the desk's time zone, the case's priority, severity and customer.
     */
    static final List<Map<String, String>> COLUMNS = List.of(
            column("categoryLabel", "Category"),
            column("customerVipLabel", "VIP"),
            column(Var.COMPLAINT_NO, "Complaint"),
            column("resolutionDueText", "Deadline"),
            column(Var.PRIORITY, "Priority"),
            column("severityLabel", "Severity"),
            column("customerName", "Customer"));

    /** The columns filters had before; a filter that still shows exactly these gets the new ones. */
    private static final List<Map<String, String>> EARLIER_COLUMNS = List.of(
            column(Var.COMPLAINT_NO, "Complaint"),
            column(Var.CATEGORY, "Category"),
            column(Var.SEVERITY, "Severity"),
            column("customerName", "Customer"),
            column("customerVip", "VIP"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(3)
    public void createFilters() {
        int order = 10;
        for (String desk : List.of(DeskGroups.SERVICE_DESK, DeskGroups.LOGISTICS_DESK, DeskGroups.QUALITY_DESK,
                DeskGroups.FINANCE_DESK, DeskGroups.TRIAGE, DeskGroups.ARBITRATORS, DeskGroups.WAREHOUSE)) {
            String name = DESK_NAMES.get(desk);
            ensure(name + " — open complaints", "The desk's complaints, claimed or not", order++, "#3c78b5",
                    sorted(taskService.createTaskQuery().taskCandidateGroup(desk).includeAssignedTasks()),
                    desk, DeskGroups.SUPERVISORS);
            ensure(name + " — overdue", "Past their resolution deadline", order++, "#b5152b",
                    sorted(taskService.createTaskQuery().taskCandidateGroup(desk).includeAssignedTasks()
                            .dueBeforeExpression("${now()}")),
                    desk, DeskGroups.SUPERVISORS);
        }
        ensure("Escalated complaints", "Not taken by their first-response deadline", 1, "#e6a23c",
                sorted(taskService.createTaskQuery().processVariableValueEquals(Var.ESCALATED, true)),
                DeskGroups.SUPERVISORS);
        ensure("Overdue — all desks", "Every task past its due date", 2, "#b5152b",
                sorted(taskService.createTaskQuery().dueBeforeExpression("${now()}")), DeskGroups.SUPERVISORS);
        ensure("Supervisors — appeals and escalations", "Tasks waiting for a supervisor", 3, "#e6a23c",
                sorted(taskService.createTaskQuery().taskCandidateGroup(DeskGroups.SUPERVISORS).includeAssignedTasks()),
                DeskGroups.SUPERVISORS);
    }

    private static TaskQuery sorted(TaskQuery query) {
        return query.orderByTaskPriority().desc().orderByDueDate().asc();
    }

    private void ensure(String name, String description, int priority, String color, TaskQuery query,
                        String... groups) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", description);
            properties.put("priority", priority);
            properties.put("color", color);
            properties.put("refresh", true);
            properties.put("showUndefinedVariable", false);
            properties.put("variables", COLUMNS);
            filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
            filterService.saveFilter(filter);
            log.info("Created Tasklist filter '{}'", name);
        } else if (filter.getProperties() != null && EARLIER_COLUMNS.equals(filter.getProperties().get("variables"))) {
            Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
            properties.put("variables", COLUMNS);
            filterService.saveFilter(filter.setProperties(properties));
            log.info("Tasklist filter '{}' shows the desk's columns now", name);
        }
        for (String group : groups) {
            grantRead(filter.getId(), group);
        }
    }

    private void grantRead(String filterId, String group) {
        if (authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId)
                .groupIdIn(group).count() > 0) {
            return;
        }
        Authorization grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.FILTER);
        grant.setResourceId(filterId);
        grant.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(grant);
    }

    private static Map<String, String> column(String name, String label) {
        return Map.of("name", name, "label", label);
    }
}
