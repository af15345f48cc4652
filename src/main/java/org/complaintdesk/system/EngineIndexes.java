package org.complaintdesk.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's tables that Camunda 7.24's schema lacks although the desk reads them by those columns:
 * <ul>
 * <li>{@code ACT_RU_TASK.PARENT_TASK_ID_}: every task completion looks for sub-tasks
 * ({@code selectTasksByParentTaskId} in the engine's {@code Task.xml}); without it, a scan of every open task;</li>
 * <li>{@code ACT_RU_TASK (PRIORITY_ desc, DUE_DATE_)}: the order of every Tasklist filter (see
 * {@code assignment/TasklistFilters}); with it a filter's first page walks the tasks in that order and stops after
 * 50 it may show, instead of sorting all of a desk's tasks;</li>
 * <li>{@code ACT_RU_VARIABLE (NAME_, LONG_)}: filters on a flag or number of the case, such as "Escalated
 * complaints" ({@code escalated = true}); the engine's own index starts with {@code TASK_ID_} and finds every
 * case's {@code escalated}, true or not;</li>
 * <li>{@code ACT_HI_PROCINST.SUPER_PROCESS_INSTANCE_ID_}: a case's audit trail finds the instances a case called
 * ({@code audit/CaseInstances}); without it, a scan of every process instance in the history.</li>
 * </ul>
 * On PostgreSQL, also statistics on the permission bits of {@code ACT_RU_AUTHORIZATION} that task queries test
 * ({@code PERMS_ & 2}, READ, and {@code PERMS_ & 64}, READ_TASK). Without them PostgreSQL guesses that 0.5 % of an
 * agent's grants match; with a grant per case the real figure is thousands of rows, and the guess made it join
 * every task to every grant (a desk filter's count took 22 s with 100,000 open complaints; see
 * docs/BENCHMARKS.md "Inbox"). The estimate only helps a plan made for the actual values, which is why
 * {@link PostgresSessions} asks for such plans.
 * <p>
 * They cannot be plain Flyway migrations, because Flyway migrates our tables before the engine creates its own
 * (see {@link StartupLockConfiguration}): on an empty database there are no {@code ACT_*} tables yet. So they are
 * created here, once the engine has built (and updated) its schema, under the start-up lock, and only if missing:
 * the same on a fresh database and on an existing one, on H2 and PostgreSQL.
 */
@Component
@Order(50)
class EngineIndexes extends AbstractProcessEnginePlugin {

    /** Our names, not {@code ACT_IDX_…}: a later Camunda schema that adds its own keeps both, never clashes. */
    static final String TASK_PARENT = "desk_ix_task_parent";
    static final String PROCESS_SUPER = "desk_ix_hi_procinst_super";
    static final String TASK_ORDER = "desk_ix_task_priority_due";
    static final String VARIABLE_VALUE = "desk_ix_variable_name_long";
    static final String PERMISSION_BITS = "desk_st_auth_perms";

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        jdbc.execute("create index if not exists " + TASK_PARENT + " on ACT_RU_TASK (PARENT_TASK_ID_)");
        jdbc.execute("create index if not exists " + PROCESS_SUPER + " on ACT_HI_PROCINST (SUPER_PROCESS_INSTANCE_ID_)");
        jdbc.execute("create index if not exists " + TASK_ORDER + " on ACT_RU_TASK (PRIORITY_ desc, DUE_DATE_)");
        jdbc.execute("create index if not exists " + VARIABLE_VALUE + " on ACT_RU_VARIABLE (NAME_, LONG_)");
        if (PostgresSessions.isPostgres(jdbc)
                && jdbc.queryForObject("show server_version_num", Integer.class) >= 140000) {
            // statistics on expressions came with PostgreSQL 14; on an older one the estimate stays a guess
            jdbc.execute("create statistics if not exists " + PERMISSION_BITS
                    + " on (PERMS_ & 2), (PERMS_ & 64) from ACT_RU_AUTHORIZATION");
            jdbc.execute("analyze ACT_RU_AUTHORIZATION");
        }
    }
}
