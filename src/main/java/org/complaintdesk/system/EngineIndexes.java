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
 * <li>{@code ACT_HI_PROCINST.SUPER_PROCESS_INSTANCE_ID_}: a case's audit trail finds the instances a case called
 * ({@code audit/CaseInstances}); without it, a scan of every process instance in the history.</li>
 * </ul>
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

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        jdbc.execute("create index if not exists " + TASK_PARENT + " on ACT_RU_TASK (PARENT_TASK_ID_)");
        jdbc.execute("create index if not exists " + PROCESS_SUPER + " on ACT_HI_PROCINST (SUPER_PROCESS_INSTANCE_ID_)");
    }
}
