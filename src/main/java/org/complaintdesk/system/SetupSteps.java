package org.complaintdesk.system;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Start-up steps that run once per database, whichever node starts first, not at every start. */
@Component
class SetupSteps {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SetupSteps(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Runs the step unless it ran before; the step and the record that it ran commit together. */
    void once(String name, Runnable step) {
        transaction.executeWithoutResult(status -> {
            Integer done = jdbc.queryForObject("select count(*) from desk_setup_step where name = ?", Integer.class, name);
            if (done != null && done > 0) {
                return;
            }
            step.run();
            jdbc.update("insert into desk_setup_step (name, done_at) values (?, ?)", name,
                    Timestamp.from(clock.instant()));
        });
    }
}
