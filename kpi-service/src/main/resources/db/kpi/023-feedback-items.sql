--liquibase formatted sql

--changeset dvc:kpi-23
-- The feedback items the Decision 766 feedback parts count (docs/counting-rules.md, "Decision 766 score"): the latest
-- version of each, the unit whose remit it is in now, the day it was first received, its steps as JSON.
CREATE TABLE kpi_feedback (
    item_id      VARCHAR(80)  NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    unit_code    VARCHAR(50)  NOT NULL,
    received_at  TIMESTAMP(6) NOT NULL,
    received_day DATE         NOT NULL,
    steps        TEXT         NOT NULL,
    likes        INT          NOT NULL,
    dislikes     INT          NOT NULL,
    re_raised    BOOLEAN      NOT NULL,
    dossier_id   VARCHAR(100) NULL,
    KEY idx_kpi_feedback_day (received_day, unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
