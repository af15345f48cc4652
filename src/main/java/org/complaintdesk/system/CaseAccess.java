package org.complaintdesk.system;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.system.CaseAccessEntry.PrincipalType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a complaint's case, the same everywhere — our API, Tasklist, engine REST:
 * <ul>
 *   <li>supervisors, auditors and administrators read every case;</li>
 *   <li>everyone else reads the cases they were given: a group or user gets a case when the case gives it a task
 *       (the desk it is routed to, triage, arbitrators, the warehouse, finance) and a user when they are assigned
 *       one (they worked it). Access is never taken back: who worked a case may look it up later.</li>
 * </ul>
 * The grants are rows of {@code case_access}; the engine gets the same as per-instance authorizations (READ on the
 * case's process instances, and on their history), so its task, variable and history queries answer with
 * exactly those cases. {@link CaseAccessGrants} calls this when tasks and process instances appear.
 */
@Service
public class CaseAccess {

    /** Groups that read every case. */
    public static final List<String> READ_ALL = List.of(DeskGroups.SUPERVISORS, DeskGroups.AUDITORS, DeskGroups.ADMINS);

    /** More process instances than a case ever has; a bound, not a page size. */
    private static final int MAX_INSTANCES = 1_000;

    private final CaseAccessRepository entries;
    private final ComplaintRepository complaints;
    private final AuthorizationService authorizationService;
    private final HistoryService historyService;
    private final Clock clock;

    CaseAccess(CaseAccessRepository entries, ComplaintRepository complaints, AuthorizationService authorizationService,
               HistoryService historyService, Clock clock) {
        this.entries = entries;
        this.complaints = complaints;
        this.authorizationService = authorizationService;
        this.historyService = historyService;
        this.clock = clock;
    }

    /** A caller of our API: their user id and groups. */
    public record Reader(String user, Set<String> groups) {

        public static Reader of(Authentication authentication) {
            return new Reader(authentication.getName(), authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }

        public boolean readsEverything() {
            return READ_ALL.stream().anyMatch(groups::contains);
        }
    }

    @Transactional(readOnly = true)
    public boolean canRead(Reader reader, Complaint complaint) {
        // "in ()" is no valid SQL: a reader without groups asks for a group nobody has
        return reader.readsEverything() || entries.readable(complaint.getId(), reader.user(),
                reader.groups().isEmpty() ? Set.of("") : reader.groups());
    }

    /**
     * A query condition: the row's complaint is one the reader may read (for lists such as the case library, so
     * that counting and paging happen in the database).
     */
    public Predicate readableBy(Reader reader, Expression<Long> complaintId, CommonAbstractCriteria query,
                                CriteriaBuilder cb) {
        if (reader.readsEverything()) {
            return cb.conjunction();
        }
        Subquery<Long> access = query.subquery(Long.class);
        Root<CaseAccessEntry> entry = access.from(CaseAccessEntry.class);
        Path<CaseAccessEntry.Key> key = entry.get("key");
        Predicate user = cb.and(cb.equal(key.get("principalType"), PrincipalType.USER),
                cb.equal(key.get("principalId"), reader.user()));
        Predicate group = reader.groups().isEmpty() ? cb.disjunction()
                : cb.and(cb.equal(key.get("principalType"), PrincipalType.GROUP), key.get("principalId").in(reader.groups()));
        access.select(key.get("complaintId")).where(cb.equal(key.get("complaintId"), complaintId), cb.or(user, group));
        return cb.exists(access);
    }

    /**
     * Gives the groups and users (either may be empty) the case, in our table and in the engine: on every process
     * instance of the case, running or finished, including {@code instanceId} (the instance asking, which may have
     * started in this very transaction, where queries cannot see it yet).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void grant(String complaintNo, Collection<String> groups, Collection<String> users, String instanceId,
               String rootInstanceId, String reason) {
        Complaint complaint = complaints.findByComplaintNo(complaintNo).orElse(null);
        if (complaint == null) {
            return; // a process instance whose business key is not a complaint
        }
        Set<Principal> added = new LinkedHashSet<>();
        for (String group : groups) {
            if (!READ_ALL.contains(group) && add(complaint, PrincipalType.GROUP, group, reason)) {
                added.add(new Principal(PrincipalType.GROUP, group));
            }
        }
        for (String user : users) {
            if (add(complaint, PrincipalType.USER, user, reason)) {
                added.add(new Principal(PrincipalType.USER, user));
            }
        }
        if (added.isEmpty()) {
            return;
        }
        withoutAuthorization(() -> {
            boolean seen = false;
            for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(complaintNo).listPage(0, MAX_INSTANCES)) {
                seen |= instance.getId().equals(instanceId);
                for (Principal principal : added) {
                    authorize(principal, instance.getId(), instance.getRootProcessInstanceId(),
                            instance.getEndTime() == null);
                }
            }
            if (!seen) {
                added.forEach(principal -> authorize(principal, instanceId, rootInstanceId, true));
            }
            return null;
        });
    }

    /** A process instance of the case started (a called evidence or remedy process): who has the case gets it too. */
    @Transactional(propagation = Propagation.MANDATORY)
    void instanceStarted(String complaintNo, String instanceId, String rootInstanceId) {
        complaints.findByComplaintNo(complaintNo).ifPresent(complaint -> {
            List<CaseAccessEntry> readers = entries.findByKeyComplaintId(complaint.getId());
            withoutAuthorization(() -> {
                readers.forEach(entry -> authorize(new Principal(entry.getKey().principalType(),
                        entry.getKey().principalId()), instanceId, rootInstanceId, true));
                return null;
            });
        });
    }

    private boolean add(Complaint complaint, PrincipalType type, String id, String reason) {
        var key = new CaseAccessEntry.Key(complaint.getId(), type, id);
        if (entries.existsById(key)) {
            return false;
        }
        entries.save(new CaseAccessEntry(complaint.getId(), type, id, clock.instant(),
                reason == null || reason.length() <= 255 ? reason : reason.substring(0, 255)));
        return true;
    }

    private record Principal(PrincipalType type, String id) {
    }

    /** READ on the instance (while it runs) and on its history. */
    private void authorize(Principal principal, String instanceId, String rootInstanceId, boolean running) {
        if (running) {
            grantRead(principal, Resources.PROCESS_INSTANCE, instanceId, null);
        }
        grantRead(principal, Resources.HISTORIC_PROCESS_INSTANCE, instanceId,
                rootInstanceId == null ? instanceId : rootInstanceId);
    }

    private void grantRead(Principal principal, Resource resource, String resourceId, String rootInstanceId) {
        if (grantedInThisCommand(principal, resource, resourceId)) {
            return;
        }
        var query = authorizationService.createAuthorizationQuery().resourceType(resource).resourceId(resourceId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT);
        query = principal.type() == PrincipalType.USER ? query.userIdIn(principal.id()) : query.groupIdIn(principal.id());
        if (query.count() > 0) {
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (principal.type() == PrincipalType.USER) {
            authorization.setUserId(principal.id());
        } else {
            authorization.setGroupId(principal.id());
        }
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(resource == Resources.HISTORIC_PROCESS_INSTANCE
                ? HistoricProcessInstancePermissions.READ : Permissions.READ);
        if (rootInstanceId != null && authorization instanceof AuthorizationEntity entity) {
            entity.setRootProcessInstanceId(rootInstanceId); // removed with the case's history
        }
        authorizationService.saveAuthorization(authorization);
    }

    /** Authorizations saved earlier in the same command are not in the database yet, where queries look. */
    private static boolean grantedInThisCommand(Principal principal, Resource resource, String resourceId) {
        return Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)
                .stream().anyMatch(a -> a.getResourceType() == resource.resourceType()
                        && resourceId.equals(a.getResourceId()) && a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                        && principal.id().equals(principal.type() == PrincipalType.USER ? a.getUserId() : a.getGroupId()));
    }

    /** The grants are the desk's own step, whoever's call caused them. */
    private static <T> T withoutAuthorization(Callable<T> work) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            throw new IllegalStateException("case access is granted inside an engine command");
        }
        return context.runWithoutAuthorization(work);
    }
}
