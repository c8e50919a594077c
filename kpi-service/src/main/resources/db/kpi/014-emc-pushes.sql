--liquibase formatted sql

--changeset dvc:kpi-14
-- Pushes to the ministry's measurement system (docs/emc-push.md): one row per (unit, period, slot), queued with its
-- payload in the same transaction as its slot's marker, so a slot is queued once whichever instance gets there
-- first, and a queued push survives any restart. claimed_until: the lease of the instance sending it.
CREATE TABLE kpi_emc_slot (
    slot       TIMESTAMP(3) NOT NULL PRIMARY KEY,
    kind       VARCHAR(12)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kpi_emc_push (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    idempotency_key  VARCHAR(200)  NOT NULL,
    slot             TIMESTAMP(3)  NOT NULL,
    unit_code        VARCHAR(50)   NOT NULL,
    period_from      DATE          NOT NULL,
    period_to        DATE          NOT NULL,
    payload          LONGTEXT      NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  TIMESTAMP(3)  NOT NULL,
    claimed_until    TIMESTAMP(3)  NULL,
    last_attempt_at  TIMESTAMP(3)  NULL,
    last_http_status INT           NULL,
    last_answer      VARCHAR(500)  NULL,
    created_at       TIMESTAMP(3)  NOT NULL,
    give_up_at       TIMESTAMP(3)  NOT NULL,
    delivered_at     TIMESTAMP(3)  NULL,
    UNIQUE KEY uq_emc_push_key (idempotency_key),
    KEY idx_emc_push_due (status, next_attempt_at),
    KEY idx_emc_push_slot (slot)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
