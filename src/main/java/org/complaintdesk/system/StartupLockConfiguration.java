package org.complaintdesk.system;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Start-up order for several nodes on one database: take the {@link StartupLock}, then migrate our tables
 * (Flyway), then build the engine (Camunda's schema, the deployment, its admin user and filter), then the
 * {@code ApplicationReadyEvent} set-ups; {@link StartupLockRelease} releases the lock after the last of them.
 */
@Configuration(proxyBeanMethods = false)
class StartupLockConfiguration {

    /** A connection of its own, with the datasource's URL and credentials: holding it takes no slot from the pool. */
    @Bean(name = StartupLock.BEAN_NAME, destroyMethod = "release")
    StartupLock deskStartupLock(DataSourceProperties dataSource,
                                @Value("${complaint-desk.startup.lock-timeout:PT10M}") Duration timeout) {
        return StartupLock.take(dataSource.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build(),
                timeout);
    }

    /**
     * Flyway migrates under the lock: on an empty database its own lock comes too late, a second node would see
     * the first node's history table half-made and baseline instead of migrating.
     */
    @Bean
    static BeanFactoryPostProcessor migrationsUnderStartupLock() {
        return new AbstractDependsOnBeanFactoryPostProcessor(FlywayMigrationInitializer.class, StartupLock.class) {
        };
    }

    /** The engine is built under the lock, after our migrations. */
    @Bean
    static BeanFactoryPostProcessor engineAfterMigrationsUnderStartupLock() {
        return new AbstractDependsOnBeanFactoryPostProcessor(ProcessEngine.class, ProcessEngineFactoryBean.class,
                StartupLock.class, FlywayMigrationInitializer.class) {
        };
    }
}
