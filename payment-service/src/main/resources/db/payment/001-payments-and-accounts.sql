--liquibase formatted sql

--changeset dvc:payment-1
-- One row per transaction id: its latest status. Amounts are whole VND (BIGINT: exact, up to 9.2 × 10^18).
CREATE TABLE payment (
    transaction_id VARCHAR(100) NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    dossier_id     VARCHAR(100) NULL,
    unit_code      VARCHAR(50)  NOT NULL,
    field          VARCHAR(200) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    amount_vnd     BIGINT       NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    paid_at        TIMESTAMP(6) NOT NULL,
    -- the local (Asia/Ho_Chi_Minh) day of paid_at: tallies are by local day
    paid_day       DATE         NOT NULL,
    provider       VARCHAR(50)  NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    KEY idx_payment_day_unit (paid_day, unit_code),
    KEY idx_payment_unit_day (unit_code, paid_day),
    KEY idx_payment_dossier (dossier_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Units' online payment accounts.
CREATE TABLE payment_account (
    unit_code  VARCHAR(50)  NOT NULL PRIMARY KEY,
    enabled    BOOLEAN      NOT NULL,
    provider   VARCHAR(50)  NULL,
    since      DATE         NULL,
    updated_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
