--liquibase formatted sql

--changeset dvc:dossier-2
-- The whole state counting rules v1 derive from a dossier's events (kept in dossier_event).
ALTER TABLE dossier
    ADD COLUMN unit_tier             VARCHAR(30)  NULL,
    ADD COLUMN received_at_unit_code VARCHAR(50)  NULL,
    ADD COLUMN submitted_at          TIMESTAMP(6) NULL,
    ADD COLUMN due_at                TIMESTAMP(6) NULL,
    ADD COLUMN due_at_in_force       TIMESTAMP(6) NULL,
    ADD COLUMN clock_stopped_since   TIMESTAMP(6) NULL,
    ADD COLUMN extensions            INT          NOT NULL DEFAULT 0,
    ADD COLUMN supplement_requests   INT          NOT NULL DEFAULT 0,
    ADD COLUMN closure               VARCHAR(20)  NULL,
    ADD COLUMN ended_at              TIMESTAMP(6) NULL,
    ADD COLUMN timeliness            VARCHAR(10)  NULL,
    ADD COLUMN apology_issued_at     TIMESTAMP(6) NULL,
    ADD COLUMN apology_new_due_at    TIMESTAMP(6) NULL,
    ADD COLUMN apology_compliant     BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN inputs_digitised      BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN electronic_result     BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN fee_required          BOOLEAN      NOT NULL DEFAULT FALSE,
    -- received and not ended: what the near-due and overdue worklists scan, by due time
    ADD COLUMN open_now              BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD KEY idx_dossier_open_due (open_now, due_at_in_force);

-- Flagged events, recomputed with the dossier's state on every accepted event.
CREATE TABLE dossier_anomaly (
    dossier_id  VARCHAR(100) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    event_id    VARCHAR(100) NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    unit_code   VARCHAR(50)  NULL,
    PRIMARY KEY (dossier_id, kind, event_id),
    KEY idx_dossier_anomaly_time (occurred_at),
    KEY idx_dossier_anomaly_unit (unit_code, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
