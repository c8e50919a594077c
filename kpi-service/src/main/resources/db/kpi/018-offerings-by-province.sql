--liquibase formatted sql

--changeset dvc:kpi-18
-- An offering belongs to a province (a root unit) or, with '', to every province (counting rules v1, "Uptake
-- scope"): indicator 1 of a unit counts its province's own offerings and those of every province.
ALTER TABLE kpi_offering ADD COLUMN province_code VARCHAR(50) NOT NULL DEFAULT '';
ALTER TABLE kpi_offering DROP PRIMARY KEY, ADD PRIMARY KEY (service_code, tier, province_code);
