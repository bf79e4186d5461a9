-- Open obligations and their due times, for the deadline watch that records missed deadlines.
CREATE TABLE deadline_watch (
    obligation_id       VARCHAR(200) NOT NULL PRIMARY KEY,
    incident_id         VARCHAR(64)  NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE,
    hard_due_at         TIMESTAMP WITH TIME ZONE,
    open                BOOLEAN      NOT NULL,
    target_missed_for   TIMESTAMP WITH TIME ZONE,
    hard_missed_for     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX deadline_watch_open_due_idx ON deadline_watch (open, due_at);
CREATE INDEX deadline_watch_open_hard_idx ON deadline_watch (open, hard_due_at);
