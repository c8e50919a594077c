--liquibase formatted sql

--changeset dvc:dossier-7
-- Whom an import acts for as it is read in the background: its sender's role and the subtree its key is held to (a
-- province's portal key writes its province's rows only; none: a national key).
ALTER TABLE history_import ADD COLUMN created_by_role VARCHAR(20) NULL, ADD COLUMN created_by_scope VARCHAR(50) NULL;
