package org.complaintdesk.system;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
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

    /** The one-time step that takes back what earlier versions granted too broadly. */
    static final String LEAST_PRIVILEGE = "least-privilege";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final SetupSteps setupSteps;

    DeskIdentities(IdentityService identityService, AuthorizationService authorizationService, SetupSteps setupSteps) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.setupSteps = setupSteps;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void createGroupsAndGrants() {
        GROUP_NAMES.forEach(this::ensureGroup);
        setupSteps.once(LEAST_PRIVILEGE, this::revokeWhatEarlierVersionsGranted);
        for (String group : DeskGroups.TASK_WORKERS) {
            // Tasklist shows each task's process name and diagram. Which tasks, variables and history a desk
            // sees is per case (CaseAccess): no group reads every process instance, except the two below.
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        }
        // supervisors read every case (escalations reach them from any desk) and reassign tasks; they work only
        // the tasks given to them (appeals, escalated cases), and change no variables
        grant(DeskGroups.SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(DeskGroups.SUPERVISORS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK, Permissions.TASK_ASSIGN);
        grant(DeskGroups.SUPERVISORS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(DeskGroups.SUPERVISORS, Resources.TASK, "*", Permissions.READ, Permissions.TASK_ASSIGN);
        grant(DeskGroups.SUPERVISORS, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
        grant(DeskGroups.SUPERVISORS, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
        grant(DeskGroups.SUPERVISORS, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(DeskGroups.SUPERVISORS, Resources.DEPLOYMENT, "*", Permissions.READ); // Cockpit's deployments view
        // auditors read everything, change nothing
        grant(DeskGroups.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(DeskGroups.AUDITORS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(DeskGroups.AUDITORS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(DeskGroups.AUDITORS, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
        grant(DeskGroups.AUDITORS, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
        grant(DeskGroups.AUDITORS, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(DeskGroups.AUDITORS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
        grant(DeskGroups.AUDITORS, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(DeskGroups.AUDITORS, Resources.TASK, "*", Permissions.READ);
    }

    /**
     * Versions before least privilege let every task worker read every process instance (and its variables) and
     * every deployment, and supervisors change any task's variables. Taken back once; what an administrator
     * grants later stays.
     */
    private void revokeWhatEarlierVersionsGranted() {
        for (String group : DeskGroups.TASK_WORKERS) {
            if (!group.equals(DeskGroups.SUPERVISORS)) {
                revoke(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ_INSTANCE);
            }
            revoke(group, Resources.DEPLOYMENT, "*", Permissions.READ);
        }
        revoke(DeskGroups.SUPERVISORS, Resources.PROCESS_DEFINITION, "*", Permissions.UPDATE_TASK);
        revoke(DeskGroups.SUPERVISORS, Resources.TASK, "*", Permissions.UPDATE, Permissions.TASK_WORK);
    }

    private void revoke(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
        if (authorization == null) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.removePermission(permission);
        }
        if (authorization.getPermissions(Permissions.values()).length == 0) {
            authorizationService.deleteAuthorization(authorization.getId());
        } else {
            authorizationService.saveAuthorization(authorization);
        }
        log.info("Revoked {} on {} {} from {}", java.util.Arrays.toString(permissions), resource.resourceName(),
                resourceId, group);
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
