package org.complaintdesk.system;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A desk never runs without an administrator, and never offers Camunda's first-admin setup page (it is
 * closed in {@link SecurityConfiguration}): the first administrator comes from configuration
 * ({@code complaint-desk.first-admin}) and is created in group {@code camunda-admin} when no user of that id
 * exists; without one, and with no administrator in the database, the desk refuses to start. Runs when the
 * engine is built, before the web server takes requests, after Camunda's own {@code admin-user} (the demo's).
 */
@Component
@Order(100)
class FirstAdministrator extends AbstractProcessEnginePlugin {

    static final String NO_ADMINISTRATOR = "No administrator exists and none is configured: the desk does not start"
            + " without one (Camunda's setup page is closed). For the first start set ADMIN_USER and ADMIN_PASSWORD"
            + " (complaint-desk.first-admin.id and .password); it is created once in group camunda-admin.";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final FirstAdministratorProperties properties;
    private final TransactionTemplate transaction;

    FirstAdministrator(FirstAdministratorProperties properties, PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identities = engine.getIdentityService();
        if (properties.configured()) {
            createOnce(identities, engine.getAuthorizationService());
        }
        if (identities.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            throw new Refused(NO_ADMINISTRATOR);
        }
    }

    void createOnce(IdentityService identities, AuthorizationService authorizations) {
        String id = properties.id().strip();
        if (identities.createUserQuery().userId(id).count() > 0) {
            if (identities.createUserQuery().userId(id).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                log.warn("Configured first administrator {} exists but is not in {}; left as it is", id,
                        Groups.CAMUNDA_ADMIN);
            }
            return;
        }
        User user = identities.newUser(id);
        user.setFirstName(blankTo(properties.firstName(), "Desk"));
        user.setLastName(blankTo(properties.lastName(), "Administrator"));
        user.setEmail(blankTo(properties.email(), null));
        String password = properties.password();
        if (password == null || password.isEmpty()) {
            throw new Refused("ADMIN_USER is set but ADMIN_PASSWORD is not: the first administrator"
                    + " needs a password (complaint-desk.first-admin.password)");
        }
        PasswordPolicyResult policy = identities.checkPasswordAgainstPolicy(new DefaultPasswordPolicyImpl(),
                password, user);
        if (!policy.isValid()) {
            throw new Refused("ADMIN_PASSWORD is too weak for the first administrator: it needs at least"
                    + " 10 characters with upper and lower case, a digit and a special character, and must not"
                    + " contain the user's id or name (violates "
                    + policy.getViolatedRules().stream().map(r -> r.getPlaceholder()).collect(Collectors.joining(", "))
                    + ")");
        }
        user.setPassword(password);
        try {
            // one transaction: a second node starting at the same time sees the administrator whole or not at all
            transaction.executeWithoutResult(status -> {
                identities.saveUser(user);
                ensureAdminGroup(identities, authorizations);
                identities.createMembership(id, Groups.CAMUNDA_ADMIN);
            });
            log.info("Created the first administrator {} in {}", id, Groups.CAMUNDA_ADMIN);
        } catch (RuntimeException e) {
            if (identities.createUserQuery().userId(id).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                throw e;
            }
            log.info("First administrator {} was created by another node", id);
        }
    }

    /** The group and its authorizations as Camunda's own setup creates them: everything on every resource. */
    private static void ensureAdminGroup(IdentityService identities, AuthorizationService authorizations) {
        if (identities.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            var group = identities.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identities.saveGroup(group);
        }
        for (Resource resource : Resources.values()) {
            if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource)
                    .resourceId(Authorization.ANY).count() == 0) {
                Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Groups.CAMUNDA_ADMIN);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
    }

    /** Why the desk does not start; reported without a stack trace ({@link FirstAdministratorFailureAnalyzer}). */
    static final class Refused extends IllegalStateException {

        Refused(String message) {
            super(message);
        }
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
