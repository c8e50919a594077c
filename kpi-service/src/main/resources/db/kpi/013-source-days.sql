--liquibase formatted sql

--changeset dvc:kpi-13
-- Each unit's events by the key that sent them and the events' own local day (docs/counting-rules.md, "Sources"):
-- the data behind GET /sources/freshness and the daily intake of GET /sources/quality. One row changes per unit, key
-- and day in a poll, not per event. source_key '' = a request no key vouched for.
CREATE TABLE kpi_source_day (
    unit_code  VARCHAR(50)  NOT NULL,
    source_key VARCHAR(100) NOT NULL,
    day        DATE         NOT NULL,
    events     BIGINT       NOT NULL,
    latest_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (unit_code, source_key, day),
    KEY idx_kpi_source_day_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dossiers whose receipt came after their resolution (anomaly RECEIVED_AFTER_END in dossier-service's latest
-- snapshot of them): the "resolved before received" check of GET /sources/quality. day = the receipt's local day.
CREATE TABLE kpi_resolved_before_received (
    dossier_id VARCHAR(100) NOT NULL PRIMARY KEY,
    unit_code  VARCHAR(50)  NOT NULL,
    day        DATE         NOT NULL,
    KEY idx_kpi_rbr_unit_day (unit_code, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
