--liquibase formatted sql

--changeset dvc:kpi-21
-- kpi_rollup's key is a scope key (docs/architecture.md: a unit's subtree '<unit>', its own rows '<unit>!', the whole
-- tree '*', each also '@<tier>'), not a unit code: the column is named for what it holds, as kpi_offering_rollup's is.
ALTER TABLE kpi_rollup RENAME COLUMN unit_code TO scope_key;
