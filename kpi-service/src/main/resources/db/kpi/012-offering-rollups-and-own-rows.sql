--liquibase formatted sql

--changeset dvc:kpi-12
-- Indicator 1's use rows by subtree, as kpi_rollup keeps the other measures: per scope key ('<unit>', '*', each with
-- '@<tier>'), grain and bucket start, the dossiers (and online ones) each offering received. kpi_rollup also gets
-- each unit's own rows ('<unit>!', for the gap against its reported totals). Both are rebuilt from the units' own
-- rows at the next start-up (RollupBackfill), so kpi_rollup is emptied here (TRUNCATE: a DELETE of millions of
-- rows would outlast the connection's socket timeout).
CREATE TABLE kpi_offering_rollup (
    scope_key       VARCHAR(90) NOT NULL,
    grain           CHAR(1)     NOT NULL,
    period_start    DATE        NOT NULL,
    service_code    VARCHAR(50) NOT NULL,
    offering_tier   VARCHAR(30) NOT NULL,
    dossiers        BIGINT      NOT NULL,
    online_dossiers BIGINT      NOT NULL,
    PRIMARY KEY (scope_key, grain, period_start, service_code, offering_tier)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
TRUNCATE TABLE kpi_rollup;
