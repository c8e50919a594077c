--liquibase formatted sql

--changeset dvc:kpi-26
-- The dossier fact of the Decision 766 part "e-certified copies": an electronic certified copy was made for it.
ALTER TABLE kpi_dossier ADD COLUMN electronic_certified_copy BOOLEAN NOT NULL DEFAULT FALSE;
