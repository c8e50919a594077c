--liquibase formatted sql

--changeset dvc:kpi-19
-- The province a campaign belongs to (the one whose ops key made it): only a national key or that province's keys
-- change it, its targets, tasks and pilot. None: a national campaign, changed by national keys only.
ALTER TABLE kpi_campaign ADD COLUMN province VARCHAR(50) NULL;
