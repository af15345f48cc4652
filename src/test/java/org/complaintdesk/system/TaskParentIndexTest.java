package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After start-up the engine's task table has the desk's index on the parent task, on H2 and on PostgreSQL. */
@DeskTest
class TaskParentIndexTest {

    @Autowired
    DataSource dataSource;

    @Test
    void taskTable_isIndexedOnItsParentTask() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String table = meta.storesLowerCaseIdentifiers() ? "act_ru_task" : "ACT_RU_TASK";
            boolean found = false;
            try (ResultSet index = meta.getIndexInfo(null, null, table, false, false)) {
                while (index.next()) {
                    String name = index.getString("INDEX_NAME");
                    String column = index.getString("COLUMN_NAME");
                    found |= name != null && name.equalsIgnoreCase(TaskParentIndex.NAME)
                            && "PARENT_TASK_ID_".equalsIgnoreCase(column);
                }
            }
            assertThat(found).as("index %s on %s (PARENT_TASK_ID_)", TaskParentIndex.NAME, table).isTrue();
        }
    }
}
