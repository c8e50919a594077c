--liquibase formatted sql

--changeset dvc:dossier-3
-- The national portal's unit codes (DonViXuLy, e.g. 000.00.17.H10) and the suite's unit each stands for.
CREATE TABLE dvcqg_unit_code (
    dvcqg_code VARCHAR(100) NOT NULL PRIMARY KEY,
    unit_code  VARCHAR(50)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
