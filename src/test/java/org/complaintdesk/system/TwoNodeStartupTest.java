package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.complaintdesk.support.DeskNodes;
import org.complaintdesk.support.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two desk instances started at the same moment on one empty database (H2 in memory, or a new PostgreSQL
 * database when the suite runs there) both come up, and the database ends up set up exactly once.
 */
class TwoNodeStartupTest {

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabase_bothComeUpAndSetItUpOnce() throws Exception {
        try (FreshDatabase database = FreshDatabase.create("two_nodes")) {
            List<ConfigurableApplicationContext> nodes = startTogether(database, 2);
            try {
                assertThat(nodes).allSatisfy(node -> {
                    assertThat(node.isActive()).isTrue();
                    assertThat(((WebServerApplicationContext) node).getWebServer().getPort()).isPositive();
                });
                ProcessEngine engine = nodes.get(0).getBean(ProcessEngine.class);
                JdbcTemplate jdbc = nodes.get(0).getBean(JdbcTemplate.class);

                assertThat(jdbc.queryForList(
                        "select \"version\" from \"desk_schema_history\" where \"success\"", String.class))
                        .doesNotHaveDuplicates().isNotEmpty();
                assertThat(jdbc.queryForObject(
                        "select count(*) from \"desk_schema_history\" where \"type\" = 'BASELINE'", Long.class)).isZero();

                List<Group> groups = engine.getIdentityService().createGroupQuery().list();
                assertThat(groups).extracting(Group::getId).doesNotHaveDuplicates()
                        .contains(DeskGroups.SERVICE_DESK, DeskGroups.AUDITORS, DeskGroups.CHANNELS, DeskGroups.ADMINS);

                List<Authorization> authorizations = engine.getAuthorizationService().createAuthorizationQuery().list();
                assertThat(authorizations).isNotEmpty().extracting(TwoNodeStartupTest::grantKey).doesNotHaveDuplicates();

                List<Filter> filters = engine.getFilterService().createFilterQuery().list();
                assertThat(filters).hasSizeGreaterThan(1).extracting(Filter::getName).doesNotHaveDuplicates()
                        .contains("All tasks", "Quality desk — open complaints");

                List<User> users = engine.getIdentityService().createUserQuery().list();
                assertThat(users).extracting(User::getId).doesNotHaveDuplicates().contains("sam", "quinn");
                for (User user : users) {
                    assertThat(engine.getIdentityService().createGroupQuery().groupMember(user.getId()).list())
                            .extracting(Group::getId).doesNotHaveDuplicates();
                }
                assertThat(jdbc.queryForList("select user_id from merchant_user", String.class)).doesNotHaveDuplicates();

                assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isOne();
                assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
                        .isNotEmpty().extracting(ProcessDefinition::getVersion).containsOnly(1);
                assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
                        .isNotEmpty().allSatisfy(decision -> assertThat(decision.getVersion()).isOne());
            } finally {
                nodes.forEach(ConfigurableApplicationContext::close);
            }
        }
    }

    /** Starts {@code count} desks at the same moment, each in a thread of its own; all must start. */
    private static List<ConfigurableApplicationContext> startTogether(FreshDatabase database, int count)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CyclicBarrier together = new CyclicBarrier(count);
        List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Callable<ConfigurableApplicationContext> start = () -> {
                together.await();
                return DeskNodes.start(database);
            };
            starting.add(threads.submit(start));
        }
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        try {
            for (Future<ConfigurableApplicationContext> node : starting) {
                try {
                    started.add(node.get(5, TimeUnit.MINUTES));
                } catch (Exception e) {
                    failures.add(e);
                }
            }
        } finally {
            threads.shutdownNow();
        }
        if (!failures.isEmpty()) {
            started.forEach(ConfigurableApplicationContext::close);
            AssertionError error = new AssertionError(failures.size() + " of " + count + " nodes did not start");
            failures.forEach(error::addSuppressed);
            throw error;
        }
        return started;
    }

    private static String grantKey(Authorization authorization) {
        return authorization.getAuthorizationType() + "|" + authorization.getUserId() + "|" + authorization.getGroupId()
                + "|" + authorization.getResourceType() + "|" + authorization.getResourceId();
    }
}
