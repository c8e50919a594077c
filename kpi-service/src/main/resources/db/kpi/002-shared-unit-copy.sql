--liquibase formatted sql

--changeset dvc:kpi-2
-- The unit tree now lives in the table every consuming service shares the code of (service-commons UnitCopy).
INSERT INTO unit_copy (code, parent_code, tier, kind, name, path)
SELECT code, parent_code, tier, NULL, name, path FROM kpi_unit;
DROP TABLE kpi_unit;
