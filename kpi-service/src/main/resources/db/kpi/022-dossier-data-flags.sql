--liquibase formatted sql

--changeset dvc:kpi-22
-- The dossier facts of the Decision 766 digitisation parts: a component re-used, one from the citizen's national
-- data store, resident data used; and whether the applicant rated it unsatisfied or raised a feedback item about it
-- (counting rules v1, "Decision 766 score").
ALTER TABLE kpi_dossier ADD COLUMN data_reused BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN from_personal_store BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN resident_data_used BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN dissatisfied BOOLEAN NOT NULL DEFAULT FALSE;
