package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.TaskQuery;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine checks authorizations with the caller's groups as given (no read of every grant first), and the answers
 * are those the engine's own narrowing gave: a group without grants adds nothing and takes nothing away.
 */
@DeskTest
class CallerGroupAuthorizationsTest extends ProcessTestSupport {

    @AfterEach
    void signOut() {
        processEngine.getIdentityService().clearAuthentication();
    }

    @Test
    void theEnginesAuthorizationManager_isTheDesksOwn() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.getSessionFactories().get(AuthorizationManager.class).openSession())
                .isInstanceOf(CallerGroupAuthorizations.GroupsAsGiven.class);
    }

    @Test
    void aGroupWithoutGrants_neitherAddsNorHidesTasks() {
        String pi = fileAndStart(complaint("PRODUCT_QUALITY", "The jug cracked along a seam after a week."))
                .pi().getId();

        assertThat(tasksOf(pi, "quinn", List.of(DeskGroups.QUALITY_DESK))).isEqualTo(1);
        assertThat(tasksOf(pi, "quinn", List.of("a-group-without-grants", DeskGroups.QUALITY_DESK))).isEqualTo(1);
        assertThat(tasksOf(pi, "nobody", List.of("a-group-without-grants"))).isZero();
        assertThat(tasksOf(pi, "lena", List.of("a-group-without-grants", DeskGroups.LOGISTICS_DESK))).isZero();
        assertThat(tasksOf(pi, "nobody", List.of())).isZero();
    }

    private long tasksOf(String processInstanceId, String user, List<String> groups) {
        processEngine.getIdentityService().setAuthentication(user, groups);
        try {
            TaskQuery query = processEngine.getTaskService().createTaskQuery().processInstanceId(processInstanceId);
            return query.count();
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }
}
