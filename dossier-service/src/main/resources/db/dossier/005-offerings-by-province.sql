--liquibase formatted sql

--changeset dvc:dossier-5
-- An offering belongs to a province (a root unit) or, with '', to every province: a service may be offered at a tier
-- by some provinces and not by others (docs/counting-rules.md, "Uptake scope").
ALTER TABLE offering ADD COLUMN province_code VARCHAR(50) NOT NULL DEFAULT '';
ALTER TABLE offering DROP PRIMARY KEY, ADD PRIMARY KEY (service_code, tier, province_code);
