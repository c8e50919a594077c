--liquibase formatted sql

--changeset dvc:kpi-5
-- Each payment transaction's latest state from payment-events, to retract its old contribution when a newer comes.
CREATE TABLE kpi_payment (
    transaction_id VARCHAR(100) NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    dossier_id     VARCHAR(100) NULL,
    unit_code      VARCHAR(50)  NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    amount_vnd     BIGINT       NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    paid_day       DATE         NOT NULL,
    KEY idx_kpi_payment_dossier (dossier_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Units' online payment accounts; the latest change (by its time) wins.
CREATE TABLE kpi_payment_account (
    unit_code  VARCHAR(50)  NOT NULL PRIMARY KEY,
    enabled    BOOLEAN      NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Whether a successful online payment exists for the dossier (counting rules v1, "Payments").
ALTER TABLE kpi_dossier ADD COLUMN paid_online BOOLEAN NOT NULL DEFAULT FALSE;
