package org.sirtdesk.api.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a JDBC batch of single-row inserts (the read models' writes per batch of events)
 * goes to the server as multi-row inserts: far fewer statements for the server to execute, which
 * is most of a rebuild's database time (docs/benchmarks.md). The driver then reports "succeeded,
 * count unknown" for such batches. The writers that read counts (the insert-if-absent of the
 * incident list and of the obligation records, INSERT … SELECT, which the driver does not rewrite)
 * take anything but 1 as "not inserted" and then send their updates, which a row already up to date
 * ignores. Other databases are left as they are.
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
