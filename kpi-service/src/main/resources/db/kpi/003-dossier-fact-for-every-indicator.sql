--liquibase formatted sql

--changeset dvc:kpi-3
-- What every dossier indicator needs of a dossier's latest state (counting rules v1), in local days.
ALTER TABLE kpi_dossier
    ADD COLUMN inputs_digitised  BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN fee_required      BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN closure           VARCHAR(20) NULL,
    ADD COLUMN end_day           DATE        NULL,
    ADD COLUMN timeliness        VARCHAR(10) NULL,
    ADD COLUMN electronic_result BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN apology_compliant BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN overdue_day       DATE        NULL;
