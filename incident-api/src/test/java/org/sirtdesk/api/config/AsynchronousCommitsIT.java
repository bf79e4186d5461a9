package org.sirtdesk.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.TestPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The processors' transactions commit asynchronously on PostgreSQL, and only theirs. */
class AsynchronousCommitsIT {

    private static DataSource postgres() {
        var url = TestPostgres.newDatabase();
        var dataSource = new DriverManagerDataSource(url);
        dataSource.setDriverClassName("org.postgresql.Driver");
        return dataSource;
    }

    /** A fresh PostgreSQL database with a table to write to, and the application's transactions on it. */
    private record Database(DataSource dataSource, TransactionManager transactions, JdbcTemplate jdbc) {

        static Database withTable() {
            var dataSource = postgres();
            var jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("CREATE TABLE written (id int)");
            return new Database(
                    dataSource, new SpringTransactionManager(new DataSourceTransactionManager(dataSource)), jdbc);
        }

        TransactionManager processors() {
            return AsynchronousCommits.forProcessors(transactions, dataSource, true);
        }

        int rowsWritten() {
            return jdbc.queryForObject("SELECT count(*) FROM written", Integer.class);
        }
    }

    private static String synchronousCommit(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SHOW synchronous_commit", String.class);
    }

    @Test
    void aProcessorTransactionCommitsAsynchronouslyAndLeavesTheConnectionAsItWas() {
        var database = Database.withTable();
        var jdbc = database.jdbc();

        var inside = database.processors().fetchInTransaction(() -> {
            jdbc.update("INSERT INTO written VALUES (1)");
            return synchronousCommit(jdbc);
        });

        assertThat(inside).isEqualTo("off");
        assertThat(database.rowsWritten()).isEqualTo(1);
        assertThat(synchronousCommit(jdbc)).isEqualTo("on");
        assertThat(database.transactions().fetchInTransaction(() -> synchronousCommit(jdbc)))
                .isEqualTo("on");
    }

    @Test
    void aRolledBackProcessorTransactionWritesNothing() {
        var database = Database.withTable();

        var transaction = database.processors().startTransaction();
        database.jdbc().update("INSERT INTO written VALUES (1)");
        transaction.rollback();

        assertThat(database.rowsWritten()).isZero();
    }

    @Test
    void switchedOffOrOnAnotherDatabaseTheProcessorsUseTheApplicationsTransactions() {
        var postgres = postgres();
        var postgresTransactions = new SpringTransactionManager(new DataSourceTransactionManager(postgres));
        assertThat(AsynchronousCommits.forProcessors(postgresTransactions, postgres, false))
                .isSameAs(postgresTransactions);

        var h2 = new DriverManagerDataSource("jdbc:h2:mem:asynchronous-commits;DB_CLOSE_DELAY=-1", "sa", "");
        var h2Transactions = new SpringTransactionManager(new DataSourceTransactionManager(h2));
        assertThat(AsynchronousCommits.forProcessors(h2Transactions, h2, true)).isSameAs(h2Transactions);
    }
}
