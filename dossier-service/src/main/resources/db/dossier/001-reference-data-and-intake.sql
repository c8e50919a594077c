--liquibase formatted sql

--changeset dvc:dossier-1
CREATE TABLE unit (
    code        VARCHAR(50)  NOT NULL PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    tier        VARCHAR(30)  NOT NULL,
    parent_code VARCHAR(50)  NULL,
    kind        VARCHAR(30)  NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    KEY idx_unit_parent (parent_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE catalog_service (
    code        VARCHAR(50)  NOT NULL PRIMARY KEY,
    name        VARCHAR(1000) NOT NULL,
    field       VARCHAR(200) NOT NULL,
    fee_bearing BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    KEY idx_catalog_service_field (field)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE offering (
    service_code    VARCHAR(50) NOT NULL,
    tier            VARCHAR(30) NOT NULL,
    level           INT         NULL,
    online_mode     VARCHAR(10) NOT NULL,
    owner_unit_code VARCHAR(50) NULL,
    PRIMARY KEY (service_code, tier),
    CONSTRAINT fk_offering_service FOREIGN KEY (service_code) REFERENCES catalog_service (code) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The intake inbox and event log: one row per portal event id, ever.
CREATE TABLE dossier_event (
    event_id    VARCHAR(100) NOT NULL PRIMARY KEY,
    dossier_id  VARCHAR(100) NOT NULL,
    status      VARCHAR(30)  NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    accepted_at TIMESTAMP(6) NOT NULL,
    payload     TEXT         NOT NULL,
    KEY idx_dossier_event_dossier (dossier_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each dossier's state, derived from all its events sorted by their own time.
CREATE TABLE dossier (
    dossier_id   VARCHAR(100) NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    unit_code    VARCHAR(50)  NULL,
    service_code VARCHAR(50)  NULL,
    channel      VARCHAR(10)  NULL,
    status       VARCHAR(30)  NULL,
    received_at  TIMESTAMP(6) NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    KEY idx_dossier_unit (unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
