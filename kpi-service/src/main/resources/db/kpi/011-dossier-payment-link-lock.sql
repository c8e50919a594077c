--liquibase formatted sql

--changeset dvc:kpi-11
-- One row per dossier that a dossier snapshot or a payment touched: both writers lock it first, so a payment and its
-- dossier arriving at the same moment in two consumers cannot each miss the other (write skew under READ COMMITTED).
CREATE TABLE kpi_dossier_link (
    dossier_id VARCHAR(100) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
