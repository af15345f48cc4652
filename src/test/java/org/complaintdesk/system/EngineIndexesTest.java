package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After start-up the engine's tables have the desk's own indexes, on H2 and on PostgreSQL. */
@DeskTest
class EngineIndexesTest {

    @Autowired
    DataSource dataSource;

    @Test
    void taskTable_isIndexedOnItsParentTask() throws SQLException {
        assertThat(indexedColumns("ACT_RU_TASK", EngineIndexes.TASK_PARENT)).containsExactly("PARENT_TASK_ID_");
    }

    @Test
    void processHistory_isIndexedOnTheCallingInstance() throws SQLException {
        assertThat(indexedColumns("ACT_HI_PROCINST", EngineIndexes.PROCESS_SUPER))
                .containsExactly("SUPER_PROCESS_INSTANCE_ID_");
    }

    private Set<String> indexedColumns(String table, String index) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase() : table;
            try (ResultSet row = meta.getIndexInfo(null, null, name, false, false)) {
                while (row.next()) {
                    if (index.equalsIgnoreCase(row.getString("INDEX_NAME"))) {
                        columns.add(row.getString("COLUMN_NAME").toUpperCase());
                    }
                }
            }
        }
        return columns;
    }
}
