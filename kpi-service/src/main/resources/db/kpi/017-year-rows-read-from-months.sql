--liquibase formatted sql

--changeset dvc:kpi-17
-- The summary rows no longer keep a year grain (a year is read as its twelve month rows). The year rows of an
-- existing database are removed at the next start-up, key by key (RollupBackfill), not here: one DELETE over
-- millions of rows would outlast the connection's socket timeout. A row here is a start-up task still to do.
CREATE TABLE kpi_start_task (
    name VARCHAR(50) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO kpi_start_task (name) VALUES ('remove-year-rows');
