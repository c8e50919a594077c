--liquibase formatted sql

--changeset dvc:dossier-11
-- Whether an electronic certified copy was made from an original for the dossier: the Decision 766 part "e-certified
-- copies" counts the communes that make them (docs/counting-rules.md, "Decision 766 score").
ALTER TABLE dossier ADD COLUMN electronic_certified_copy BOOLEAN NOT NULL DEFAULT FALSE;
