package org.sirtdesk.api.config;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The event processors' transactions on PostgreSQL commit without waiting for the write-ahead log to
 * reach the disk ({@code SET LOCAL synchronous_commit TO OFF}).
 *
 * <p>What a processor writes is derived from the event store: its read-model rows and its token
 * commit together. An asynchronous commit is still atomic and stays in log order; a crash of the
 * database can only lose the last few such commits as a whole, rows and token together, and the
 * processor then handles those events again. The events themselves are always committed
 * synchronously. Under load the processors' commits were half of those waiting for the log flush,
 * and a report waited for two flushes in a row before it could be read back (docs/benchmarks.md).
 */
final class AsynchronousCommits implements TransactionManager {

    static final String SET_SQL = "SET LOCAL synchronous_commit TO OFF";

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;

    private AsynchronousCommits(TransactionManager delegate, JdbcTemplate jdbc) {
        this.delegate = delegate;
        this.jdbc = jdbc;
    }

    /** The processors' transaction manager: asynchronous commits on PostgreSQL, the given one elsewhere. */
    static TransactionManager forProcessors(TransactionManager transactions, DataSource dataSource, boolean enabled) {
        if (!enabled || !isPostgres(dataSource)) {
            return transactions;
        }
        return new AsynchronousCommits(transactions, new JdbcTemplate(dataSource));
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equals(product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database the processors write to", e);
        }
    }

    @Override
    public Transaction startTransaction() {
        var transaction = delegate.startTransaction();
        try {
            jdbc.execute(SET_SQL);
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return transaction;
    }
}
