--liquibase formatted sql

--changeset dvc:kpi-10
-- Subtree rows also per tier ('<unit>@<tier>', '*@<tier>': the units of one tier in a subtree, or in the whole
-- tree); the rows are rebuilt from kpi_daily at the next start-up (RollupBackfill), so they are emptied here.
ALTER TABLE kpi_rollup MODIFY unit_code VARCHAR(90) NOT NULL;
DELETE FROM kpi_rollup;
