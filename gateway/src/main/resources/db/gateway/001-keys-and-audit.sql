--liquibase formatted sql

--changeset dvc:gateway-1
-- API keys: the SHA-256 of the whole token, never the token. source: config (a deployment's) or api (made by ops).
CREATE TABLE api_key (
    id         CHAR(12)     NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    role       VARCHAR(10)  NOT NULL,
    unit_code  VARCHAR(50)  NULL,
    hash       CHAR(64)     NOT NULL,
    -- its own rate (requests per second), when not the gateway's default
    rate       INT          NULL,
    source     VARCHAR(10)  NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    revoked_at TIMESTAMP(6) NULL,
    revoked_by VARCHAR(100) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change made with an ops key: who, when, what, and how it ended.
CREATE TABLE audit_entry (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at         TIMESTAMP(6)  NOT NULL,
    key_id     CHAR(12)      NOT NULL,
    key_name   VARCHAR(100)  NOT NULL,
    method     VARCHAR(10)   NOT NULL,
    path       VARCHAR(1000) NOT NULL,
    query      VARCHAR(2000) NULL,
    status     INT           NOT NULL,
    request_id VARCHAR(100)  NULL,
    KEY idx_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset dvc:gateway-2
-- Answers kept for Idempotency-Key (IETF draft): per key and idempotency key, the request's fingerprint and, once
-- answered, the answer; kept a day.
CREATE TABLE idempotency_record (
    key_id          CHAR(12)     NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    status          INT          NULL,
    content_type    VARCHAR(200) NULL,
    body            LONGBLOB     NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (key_id, idempotency_key),
    KEY idx_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
