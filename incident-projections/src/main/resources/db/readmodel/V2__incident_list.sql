-- Read models of SPEC §5. Every table here is rebuildable from the event store: each projection's
-- @ResetHandler empties its own tables and a replay fills them again.

-- Incident list and detail (processing group incident-list). The detail is one JSON document per
-- incident (detail_json, the result of IncidentDetailFold); the other columns serve the list filters.
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
    detail_json      VARCHAR(1000000) NOT NULL,
    version          BIGINT         NOT NULL,
    UNIQUE (tracking_code)
);
-- Newest first, with the incident id as tie-breaker, for the unfiltered page and each filter.
CREATE INDEX incident_summary_reported_idx ON incident_summary (reported_at DESC, incident_id DESC);
CREATE INDEX incident_summary_state_idx ON incident_summary (state, reported_at DESC);
CREATE INDEX incident_summary_severity_idx ON incident_summary (severity, reported_at DESC);
CREATE INDEX incident_summary_category_idx ON incident_summary (category, reported_at DESC);
CREATE INDEX incident_summary_department_idx ON incident_summary (department, reported_at DESC);

-- Timeline (processing group incident-timeline): every event of an incident in stream order.
CREATE TABLE incident_timeline (
    incident_id      VARCHAR(64)    NOT NULL,
    seq              BIGINT         NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type       VARCHAR(64)    NOT NULL,
    actor_id         VARCHAR(200)   NOT NULL,
    actor_role       VARCHAR(32)    NOT NULL,
    summary          VARCHAR(2000)  NOT NULL,
    basis            VARCHAR(200),
    PRIMARY KEY (incident_id, seq)
);

-- Obligations across incidents (processing group deadline-board): the deadline board reads the
-- open ones by due time, the compliance export the settled ones by settled_at.
CREATE TABLE deadline_incident (
    incident_id      VARCHAR(64)    NOT NULL PRIMARY KEY,
    tracking_code    VARCHAR(32)    NOT NULL
);
CREATE TABLE obligation_record (
    obligation_id    VARCHAR(200)   NOT NULL PRIMARY KEY,
    incident_id      VARCHAR(64)    NOT NULL,
    tracking_code    VARCHAR(32),
    kind             VARCHAR(64)    NOT NULL,
    recipient        VARCHAR(200)   NOT NULL,
    basis            VARCHAR(200),
    status           VARCHAR(32)    NOT NULL,
    is_open          BOOLEAN        NOT NULL,
    clock_start      TIMESTAMP WITH TIME ZONE,
    due_at           TIMESTAMP WITH TIME ZONE,
    hard_due_at      TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    waived           BOOLEAN        NOT NULL,
    settled_at       TIMESTAMP WITH TIME ZONE,
    channel          VARCHAR(32),
    reference        VARCHAR(200),
    sender           VARCHAR(200),
    summary          VARCHAR(2000),
    last_seq         BIGINT         NOT NULL
);
CREATE INDEX obligation_record_open_idx ON obligation_record (is_open, due_at, obligation_id);
CREATE INDEX obligation_record_settled_idx ON obligation_record (settled_at, obligation_id);
CREATE INDEX obligation_record_incident_idx ON obligation_record (incident_id);
