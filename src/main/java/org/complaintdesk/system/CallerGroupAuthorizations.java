package org.complaintdesk.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks use the caller's groups as they are, instead of first reading which groups hold
 * any grant at all.
 * <p>
 * Camunda 7.24 narrows the caller's groups, once in every command that checks authorizations, to those that appear in
 * {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}: a read of the whole table. The desk grants per case
 * (see {@link CaseAccess}), so that table grows with the cases: with 100,000 open complaints (400,000 grants) the
 * read took 37 ms of every Tasklist and engine REST call, more than the task query it served (docs/BENCHMARKS.md
 * "Inbox"). A group without any grant matches no row of an authorization check, so leaving it in changes no answer;
 * it only makes the {@code GROUP_ID_ IN (…)} list of a staff member's few groups a little longer.
 */
@Component
class CallerGroupAuthorizations extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        // custom session factories replace the engine's own of the same type
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GroupsAsGiven();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's authorization manager, but the caller's groups are not narrowed by a read of every grant. */
    static class GroupsAsGiven extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>()
                    : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }
    }
}
