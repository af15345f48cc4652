package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.OnPostgreSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** After start-up the engine's tables have the desk's own indexes, on H2 and on PostgreSQL (statistics too). */
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

    @Test
    void taskTable_isIndexedInTheOrderOfTasklistFilters() throws SQLException {
        assertThat(indexedColumns("ACT_RU_TASK", EngineIndexes.TASK_ORDER)).containsExactlyInAnyOrder("PRIORITY_",
                "DUE_DATE_");
    }

    @Test
    void variables_areIndexedByNameAndNumber_forFiltersOnFlags() throws SQLException {
        assertThat(indexedColumns("ACT_RU_VARIABLE", EngineIndexes.VARIABLE_VALUE)).containsExactlyInAnyOrder("NAME_",
                "LONG_");
    }

    @Test
    @OnPostgreSql
    void onPostgreSql_permissionBitsHaveStatistics_andEveryConnectionPlansForItsValues() throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("select stxname from pg_statistic_ext where stxname = ?", String.class,
                EngineIndexes.PERMISSION_BITS)).hasSize(1);
        // several connections of the pool at once, not only the one the engine happened to use first
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                held.add(dataSource.getConnection());
                try (Statement statement = held.get(i).createStatement();
                     ResultSet mode = statement.executeQuery("show plan_cache_mode")) {
                    assertThat(mode.next()).isTrue();
                    assertThat(mode.getString(1)).isEqualTo("force_custom_plan");
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
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
