package org.sirtdesk.api.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a JDBC batch of single-row inserts (the read models' writes per batch of events)
 * goes to the server as multi-row inserts: far fewer statements for the server to execute, which
 * is most of a rebuild's database time (docs/benchmarks.md). The driver then reports "succeeded,
 * count unknown" for such batches; the one writer that reads counts (the incident list's
 * insert-if-absent, which is not rewritten) takes an unknown count as "not inserted". Other
 * databases are left as they are.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool
                && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
