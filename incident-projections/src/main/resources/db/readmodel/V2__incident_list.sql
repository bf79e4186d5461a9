-- Incident list and detail read model (SPEC §5). Rebuildable from the event store.
CREATE TABLE incident_summary (
    incident_id      VARCHAR(64)    NOT NULL PRIMARY KEY,
    tracking_code    VARCHAR(32)    NOT NULL,
    state            VARCHAR(32)    NOT NULL,
    severity         VARCHAR(16),
    category         VARCHAR(32)    NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    description      VARCHAR(10000) NOT NULL,
    department       VARCHAR(200),
    channel          VARCHAR(32)    NOT NULL,
    reporter_id      VARCHAR(200)   NOT NULL,
    aware_at         TIMESTAMP WITH TIME ZONE,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    facts_json       VARCHAR(20000) NOT NULL,
    version          BIGINT         NOT NULL,
    UNIQUE (tracking_code)
);
CREATE INDEX incident_summary_reported_idx ON incident_summary (reported_at);
CREATE INDEX incident_summary_state_idx ON incident_summary (state, reported_at);
