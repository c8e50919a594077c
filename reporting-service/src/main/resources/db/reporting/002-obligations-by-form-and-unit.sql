--liquibase formatted sql

--changeset dvc:reporting-2
-- A form's obligations are brought up to date a few hundred units at a time (Obligations.materialize).
CREATE INDEX idx_obligation_form_unit ON report_obligation (form_code, unit_code);
