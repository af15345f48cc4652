package org.complaintdesk.system;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DatabaseMetaData;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, every connection of the desk's pool plans each statement for its actual values
 * ({@code plan_cache_mode = force_custom_plan}).
 * <p>
 * The driver prepares a statement on the server after five runs, and PostgreSQL then switches to a plan made without
 * the values when that plan looks no dearer. For the engine's task queries with authorization checks that plan is
 * a disaster: it cannot see how many grants an agent has (see {@link EngineIndexes}), and it joins every task to
 * every grant. Measured with 100,000 open complaints, a desk filter's count took 0.3 s for five calls and 22 s from
 * the sixth on (docs/BENCHMARKS.md "Inbox"). Planning every time costs a few milliseconds on those queries and
 * next to nothing on the simple ones.
 * <p>
 * An {@code options} parameter in {@code DB_URL} takes precedence over this, for operators who want another setting.
 */
@Component
class PostgresSessions implements BeanPostProcessor {

    static final String OPTIONS = "-c plan_cache_mode=force_custom_plan";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !pool.getDataSourceProperties().containsKey("options")) {
            pool.addDataSourceProperty("options", OPTIONS);
        }
        return bean;
    }

    static boolean isPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            DatabaseMetaData meta = connection.getMetaData();
            return "PostgreSQL".equals(meta.getDatabaseProductName());
        }));
    }
}
