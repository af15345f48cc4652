package org.complaintdesk.system;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the desk groups (the candidate groups of the models) and what each may see in the webapps,
 * at start-up. Idempotent: existing groups are left as they are and grants only ever gain what is missing,
 * so an administrator's additions in Admin survive restarts. Switch off with {@code complaint-desk.identity.create-groups=false}
 * where groups come from a directory (LDAP).
 */
@Component
@ConditionalOnProperty(name = "complaint-desk.identity.create-groups", havingValue = "true", matchIfMissing = true)
class DeskIdentities {

    private static final Logger log = LoggerFactory.getLogger(DeskIdentities.class);

    private static final Map<String, String> GROUP_NAMES = Map.ofEntries(
            Map.entry(DeskGroups.SERVICE_DESK, "Service desk"),
            Map.entry(DeskGroups.LOGISTICS_DESK, "Logistics desk"),
            Map.entry(DeskGroups.QUALITY_DESK, "Quality and merchant relations desk"),
            Map.entry(DeskGroups.FINANCE_DESK, "Finance desk"),
            Map.entry(DeskGroups.TRIAGE, "Triage"),
            Map.entry(DeskGroups.SUPERVISORS, "Supervisors"),
            Map.entry(DeskGroups.ARBITRATORS, "Arbitrators"),
            Map.entry(DeskGroups.WAREHOUSE, "Warehouse inspection"),
            Map.entry(DeskGroups.AUDITORS, "Auditors"),
            Map.entry(DeskGroups.CHANNELS, "Intake channels"),
            Map.entry(DeskGroups.MERCHANTS, "Merchants"),
            Map.entry(DeskGroups.PAYMENT_SERVICES, "Payment services"));

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    DeskIdentities(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void createGroupsAndGrants() {
        GROUP_NAMES.forEach(this::ensureGroup);
        for (String group : DeskGroups.TASK_WORKERS) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // task lists show the process name and the case's variables (complaint number, customer, …),
            // and load the task's Camunda Form from its deployment
            grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE);
            grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
        }
        grant(DeskGroups.SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(DeskGroups.SUPERVISORS, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK, Permissions.UPDATE_TASK);
        grant(DeskGroups.SUPERVISORS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(DeskGroups.SUPERVISORS, Resources.TASK, "*", Permissions.READ, Permissions.UPDATE,
                Permissions.TASK_ASSIGN, Permissions.TASK_WORK);
        // auditors read everything, change nothing
        grant(DeskGroups.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(DeskGroups.AUDITORS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(DeskGroups.AUDITORS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(DeskGroups.AUDITORS, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(DeskGroups.AUDITORS, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(DeskGroups.AUDITORS, Resources.TASK, "*", Permissions.READ);
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            var group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
            log.info("Created group {}", id);
        }
    }

    /** Grants what is missing; permissions an administrator added stay. */
    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (java.util.Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
