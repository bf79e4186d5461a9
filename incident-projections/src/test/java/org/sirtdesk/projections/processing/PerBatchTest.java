package org.sirtdesk.projections.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class PerBatchTest {

    private JdbcTemplate jdbc;
    private PerBatch<Statements> batch;

    @BeforeEach
    void database() {
        var url = "jdbc:h2:mem:perbatch-" + System.nanoTime() + ";MODE=PostgreSQL";
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, "sa", "", true));
        jdbc.execute("CREATE TABLE entry (id VARCHAR(20) PRIMARY KEY, label VARCHAR(50), version INT)");
        batch = new PerBatch<>("entries", () -> new Statements(jdbc));
    }

    @Test
    void writesAtOnceOutsideAUnitOfWork() {
        insert("a", "first");

        assertThat(labels()).containsExactly("a=first@0");
    }

    @Test
    void writesNothingUntilTheUnitOfWorkCommitsAndThenEverythingInOrder() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        insert("a", "first");
        insert("b", "second");
        rename("a", "renamed", 1);
        insert("c", "third");
        rename("a", "again", 2);
        rename("b", "changed", 1);

        assertThat(labels()).isEmpty();
        unitOfWork.commit();

        assertThat(labels()).containsExactly("a=again@2", "b=changed@1", "c=third@0");
    }

    @Test
    void writesNothingWhenTheUnitOfWorkRollsBack() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        insert("a", "first");
        unitOfWork.rollback();

        assertThat(labels()).isEmpty();
    }

    @Test
    void aFailingWriteFailsTheCommit() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        insert("a", "first");
        insert("a", "duplicate key");

        assertThatThrownBy(unitOfWork::commit).isInstanceOf(RuntimeException.class);
    }

    @Test
    void eachUnitOfWorkHasItsOwnPendingWork() {
        var first = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("one"));
        insert("a", "first");
        first.commit();
        var second = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("two"));
        rename("a", "second", 1);
        second.commit();

        assertThat(labels()).containsExactly("a=second@1");
    }

    private void insert(String id, String label) {
        batch.add(
                statements -> statements.update("INSERT INTO entry (id, label, version) VALUES (?, ?, 0)", id, label));
    }

    private void rename(String id, String label, int version) {
        batch.add(statements -> statements.update(
                "UPDATE entry SET label = ?, version = ? WHERE id = ? AND version < ?", label, version, id, version));
    }

    private List<String> labels() {
        return jdbc.queryForList("SELECT id || '=' || label || '@' || version FROM entry ORDER BY id", String.class);
    }
}
