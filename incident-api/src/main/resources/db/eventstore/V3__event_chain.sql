-- One link per domain event of an aggregate, written in the transaction that appends the event:
-- hash = SHA-256 over the previous link's hash and the event as stored (see
-- docs/adr/0006-tamper-evident-event-chain.md). The first link of an aggregate continues from 64 zeros.
CREATE TABLE event_chain (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    previous_hash        VARCHAR(64)  NOT NULL,
    hash                 VARCHAR(64)  NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);
