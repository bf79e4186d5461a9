package org.sirtdesk.api.eventstore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sirtdesk.api.eventstore.IntegrityReport.BrokenLink;
import org.sirtdesk.api.eventstore.IntegrityReport.Reason;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes an incident's hash chain from the events as stored and reports the first link that does
 * not hold (SPEC §6, docs/adr/0006-tamper-evident-event-chain.md).
 */
@Component
public class IncidentChainVerifier {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    public IncidentChainVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactionManager);
        // Events and links are read in two statements; one snapshot keeps an append committed in
        // between from looking like a missing link.
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** The verification result, or empty when the store holds neither events nor links for the id. */
    public Optional<IntegrityReport> verify(String incidentId) {
        return snapshot.execute(status -> jdbc.execute((ConnectionCallback<Optional<IntegrityReport>>) connection -> {
            var events = EventChainRows.events(connection, incidentId);
            var links = EventChainRows.links(connection, incidentId);
            if (events.isEmpty() && links.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(verify(incidentId, events, links));
        }));
    }

    /** Walks the events and links of one aggregate in sequence order and stops at the first broken link. */
    static IntegrityReport verify(String incidentId, List<StoredEvent> events, List<ChainLink> links) {
        var eventsBySequence = new TreeMap<Long, StoredEvent>();
        events.forEach(e -> eventsBySequence.put(e.sequenceNumber(), e));
        var linksBySequence = new TreeMap<Long, ChainLink>();
        links.forEach(l -> linksBySequence.put(l.sequenceNumber(), l));
        var sequences = new TreeSet<Long>();
        sequences.addAll(eventsBySequence.keySet());
        sequences.addAll(linksBySequence.keySet());

        var headHash =
                links.isEmpty() ? null : linksBySequence.lastEntry().getValue().hash();
        var expectedPrevious = EventChain.GENESIS;
        for (long sequence : sequences) {
            var event = eventsBySequence.get(sequence);
            var link = linksBySequence.get(sequence);
            var broken = check(event, link, expectedPrevious, linksBySequence.higherEntry(sequence));
            if (broken.isPresent()) {
                return new IntegrityReport(incidentId, false, events.size(), broken.get(), headHash);
            }
            expectedPrevious = link.hash();
        }
        return new IntegrityReport(incidentId, true, events.size(), null, headHash);
    }

    private static Optional<BrokenLink> check(
            StoredEvent event, ChainLink link, String expectedPrevious, Map.Entry<Long, ChainLink> next) {
        if (link == null) {
            return broken(
                    event.sequenceNumber(), event.eventIdentifier(), Reason.LINK_MISSING, "the event has no link");
        }
        if (event == null) {
            return broken(
                    link.sequenceNumber(),
                    link.eventIdentifier(),
                    Reason.EVENT_MISSING,
                    "the linked event is not stored");
        }
        if (!link.eventIdentifier().equals(event.eventIdentifier())) {
            return broken(
                    event.sequenceNumber(),
                    event.eventIdentifier(),
                    Reason.EVENT_REPLACED,
                    "the link was made for event " + link.eventIdentifier());
        }
        if (!link.previousHash().equals(expectedPrevious)) {
            return broken(
                    event.sequenceNumber(),
                    event.eventIdentifier(),
                    Reason.PREVIOUS_HASH_MISMATCH,
                    "the link does not continue from the previous link");
        }
        var recomputed = EventChain.linkHash(expectedPrevious, event);
        if (!recomputed.equals(link.hash())) {
            var nextLinkSealsStoredEvent =
                    next != null && recomputed.equals(next.getValue().previousHash());
            return nextLinkSealsStoredEvent
                    ? broken(
                            event.sequenceNumber(),
                            event.eventIdentifier(),
                            Reason.LINK_CHANGED,
                            "the link's hash was changed; the next link still matches the stored event")
                    : broken(
                            event.sequenceNumber(),
                            event.eventIdentifier(),
                            Reason.EVENT_CHANGED,
                            "the stored event differs from the event its link sealed");
        }
        return Optional.empty();
    }

    private static Optional<BrokenLink> broken(long sequence, String eventIdentifier, Reason reason, String detail) {
        return Optional.of(new BrokenLink(sequence, eventIdentifier, reason, detail));
    }
}
