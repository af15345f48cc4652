package org.complaintdesk.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index on {@code ACT_RU_TASK.PARENT_TASK_ID_}, which Camunda 7.24's schema lacks although every task completion
 * reads it ({@code selectTasksByParentTaskId} in the engine's {@code Task.xml}, looking for sub-tasks): without it
 * that query scans every open task. It cannot be a plain Flyway migration, because Flyway migrates our tables before
 * the engine creates its own (see {@link StartupLockConfiguration}): on an empty database there is no
 * {@code ACT_RU_TASK} yet. So it is created here, once the engine has built (and updated) its schema, under the
 * start-up lock, and only if missing: the same on a fresh database and on an existing one, on H2 and PostgreSQL.
 */
@Component
@Order(50)
class TaskParentIndex extends AbstractProcessEnginePlugin {

    /** Our name, not {@code ACT_IDX_…}: a later Camunda schema that adds its own keeps both, never clashes. */
    static final String NAME = "desk_ix_task_parent";

    private final JdbcTemplate jdbc;

    TaskParentIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        jdbc.execute("create index if not exists " + NAME + " on ACT_RU_TASK (PARENT_TASK_ID_)");
    }
}
