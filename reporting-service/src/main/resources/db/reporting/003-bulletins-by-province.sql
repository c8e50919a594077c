--liquibase formatted sql

--changeset dvc:reporting-3
-- A bulletin covers one province (a root unit) or, when NULL, the whole tree; its "change since the previous
-- bulletin" compares with the previous one of the same coverage.
ALTER TABLE bulletin ADD COLUMN province_code VARCHAR(50) NULL;
CREATE INDEX idx_bulletin_province ON bulletin (province_code, id);
