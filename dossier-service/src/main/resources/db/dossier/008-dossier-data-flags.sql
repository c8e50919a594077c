--liquibase formatted sql

--changeset dvc:dossier-8
-- What the Decision 766 digitisation parts count per dossier (docs/counting-rules.md, "Decision 766 score"): a
-- component re-used from data digitised before, one taken from the citizen's national data store, resident data used;
-- and what its satisfaction part counts: the applicant's latest rating, a feedback item raised about it.
ALTER TABLE dossier ADD COLUMN data_reused BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN from_personal_store BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN resident_data_used BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN rating VARCHAR(16) NULL,
    ADD COLUMN feedback_raised BOOLEAN NOT NULL DEFAULT FALSE;
