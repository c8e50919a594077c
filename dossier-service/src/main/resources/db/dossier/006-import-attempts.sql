--liquibase formatted sql

--changeset dvc:dossier-6
-- How many runs of an import ended without being stopped in order (a crash, the service killed while reading its
-- file): past dossier.imports.max-attempts the import fails instead of being read again at every start.
ALTER TABLE history_import ADD COLUMN attempts INT NOT NULL DEFAULT 0;
-- the imports in progress of a key, for its byte quota
CREATE INDEX history_import_key_status ON history_import (created_by, status);
