--liquibase formatted sql

--changeset dvc:kpi-6
-- Summary rows of every subtree: each unit's row sums the unit and all units below it ('*' sums the whole tree),
-- per measure, by day, month and year. A period or "everything before the end" is a few dozen primary-key reads of
-- one unit's rows, whatever the number of dossiers or units. kpi_daily keeps each unit's own rows: the rows these
-- are rebuilt from when the tree changes.
CREATE TABLE kpi_rollup (
    unit_code    VARCHAR(50) NOT NULL,
    measure      VARCHAR(40) NOT NULL,
    grain        CHAR(1)     NOT NULL,
    period_start DATE        NOT NULL,
    value        BIGINT      NOT NULL,
    PRIMARY KEY (unit_code, measure, grain, period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
